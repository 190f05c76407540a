import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { loadLexicon } from './answer-resources.js';
import { DocumentTerms } from './document-terms.js';
import { indexTerms } from '../text/terms.js';
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

const documentsOf = (passages: readonly Passage[]): DocumentTerms => new DocumentTerms(passages, KeywordIndex.build(passages));

describe('DocumentTerms', () => {
  it('tells which documents hold a term, from any of their passages', () => {
    const documents = documentsOf(STORIES);
    expect(documents.documentCount).toBe(2);
    expect(documents.holdsAny('paris', ['macron'])).toBe(true);
    expect(documents.holdsAny('paris', ['talk'])).toBe(true);
    expect(documents.holdsAny('geneva', ['macron'])).toBe(false);
    expect(documents.holdsAny('geneva', ['macron', 'sherman'])).toBe(true);
    expect(documents.holdsAny('geneva', [])).toBe(false);
    expect(documents.holdsAny('missing', ['talk'])).toBe(false);
    expect(documents.text('paris')).toBe('Macron met the press in Paris on Monday.\nHe said the talks had gone well.');
    expect(documents.text('missing')).toBe('');
  });

  it('counts a passage\'s text, not its section heading, as the document naming a term', () => {
    const headed = { ...(STORIES[2] as Passage), id: 'geneva-headed', ordinal: 2, section: 'Macron abroad', text: 'Nobody else came.' };
    const documents = documentsOf([...STORIES, headed]);
    expect(documents.holdsAny('geneva', ['macron'])).toBe(false);
    expect(documents.holdsAny('geneva', ['macron', 'nobodi'])).toBe(true);
    expect(documents.holdsAny('paris', ['macron'])).toBe(true);
  });

  it('reads a document whose passages were written twice, under two runs of labels', () => {
    const [first, second, third, fourth] = STORIES as [Passage, Passage, Passage, Passage];
    const documents = documentsOf([first, third, second, fourth]);
    expect(documents.holdsAny('paris', ['talk'])).toBe(true);
    expect(documents.holdsAny('geneva', ['sherman'])).toBe(true);
    expect(documents.holdsAny('geneva', ['press'])).toBe(false);
  });
});

describe('silentDocuments', () => {
  const documents = documentsOf(STORIES);
  const statistics = { has: (term: string): boolean => STORIES.some((item) => indexTerms(item.text).includes(term)) };

  it('names the documents that never mention what the question asks about', () => {
    expect(silentDocuments(askedNames('What did Macron say about the talks?'), ['geneva', 'paris', 'geneva'], documents, lexicon, statistics)).toEqual(['geneva']);
    // Switzerland is mentioned by a story that names Geneva.
    expect(silentDocuments(askedNames('what happened in switzerland'), ['geneva', 'paris'], documents, lexicon, statistics)).toEqual(['paris']);
  });

  it('names none for a question without names, or a corpus of one document', () => {
    expect(silentDocuments(askedNames('what did they say about the talks'), ['geneva', 'paris'], documents, lexicon, statistics)).toEqual([]);
    const one = documentsOf(STORIES.filter((item) => item.docId === 'geneva'));
    expect(silentDocuments(askedNames('What did Macron say?'), ['geneva'], one, lexicon, statistics)).toEqual([]);
  });

  it('reads a slip, an acronym spelled out and a related word as a mention, but not a place above', () => {
    const stories = [
      ...STORIES,
      passage('football', 0, 'Paris Saint-Germain won in Lyon.'),
      passage('summit', 0, 'Leaders across Europe met in Warsaw.'),
    ];
    const four = documentsOf(stories);
    const holds = { has: (term: string): boolean => stories.some((item) => indexTerms(item.text).includes(term)) };
    const silent = (question: string): string[] => silentDocuments(askedNames(question), ['paris', 'geneva', 'football', 'summit'], four, lexicon, holds);
    // "Macronn" is a slip for the Macron one story names.
    expect(silent('What did Macronn say?')).toEqual(['geneva', 'football', 'summit']);
    // PSG spelled out by a story's capitals.
    expect(silent('What did PSG do in the final?')).toEqual(['paris', 'geneva', 'summit']);
    // Warsaw is in Poland; a story that names only Europe does not name Poland.
    expect(silent('what happened in poland')).toEqual(['paris', 'geneva', 'football']);
  });
});

