import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { loadLexicon } from './answer-resources.js';
import { DocumentTerms } from './document-terms.js';
import { askedNames, silentDocuments } from './unmentioned-names.js';

const lexicon = await loadLexicon(fileURLToPath(new URL('../../../embeddings/models', import.meta.url)));

const passage = (docId: string, ordinal: number, text: string): Passage => ({
  id: `${docId}-${ordinal}`,
  docId,
  docTitle: docId,
  docSource: `${docId}.txt`,
  section: null,
  sectionNumber: 0,
  text,
  start: 0,
  end: text.length,
  ordinal,
});

const STORIES = [
  passage('paris', 0, 'Macron met the press in Paris on Monday.'),
  passage('paris', 1, 'He said the talks had gone well.'),
  passage('geneva', 0, 'The talks in Geneva lasted eight hours.'),
  passage('geneva', 1, 'Sherman said the talks had been frank.'),
];

describe('DocumentTerms', () => {
  it('reads each document from all its passages, once', () => {
    const documents = new DocumentTerms(STORIES);
    expect(documents.documentCount).toBe(2);
    expect(documents.of('paris').stems.has('macron')).toBe(true);
    expect(documents.of('paris').stems.has('talk')).toBe(true);
    expect(documents.of('geneva').stems.has('macron')).toBe(false);
    expect(documents.of('paris')).toBe(documents.of('paris'));
    expect(documents.of('missing').text).toBe('');
  });
});

describe('silentDocuments', () => {
  const documents = new DocumentTerms(STORIES);

  it('names the documents that never mention what the question asks about', () => {
    expect(silentDocuments(askedNames('What did Macron say about the talks?'), ['geneva', 'paris', 'geneva'], documents, lexicon)).toEqual(['geneva']);
    // Switzerland is mentioned by a story that names Geneva.
    expect(silentDocuments(askedNames('what happened in switzerland'), ['geneva', 'paris'], documents, lexicon)).toEqual(['paris']);
  });

  it('names none for a question without names, or a corpus of one document', () => {
    expect(silentDocuments(askedNames('what did they say about the talks'), ['geneva', 'paris'], documents, lexicon)).toEqual([]);
    const one = new DocumentTerms(STORIES.filter((item) => item.docId === 'geneva'));
    expect(silentDocuments(askedNames('What did Macron say?'), ['geneva'], one, lexicon)).toEqual([]);
  });
});
