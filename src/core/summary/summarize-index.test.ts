import { describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../../../test/support/hashing-embedder.js';
import { chunkDocument } from '../corpus/chunk-passages.js';
import { parseDocument } from '../corpus/parse-document.js';
import { summarizeIndexed } from './summarize-index.js';

const talks = parseDocument({
  id: 'talks',
  path: 'talks.txt',
  text: 'Talks in Geneva\n\nThe talks began on Monday. They lasted eight hours. No agreement was reached. Both sides will meet again.\n',
});
const notes = parseDocument({
  id: 'notes',
  path: 'notes.md',
  text: '# Background notes\n\n## Background\n\nThe dispute is years old. Troops gathered at the border. Sanctions were threatened. Diplomats kept talking.\n',
});
const index = { documents: [talks, notes], passages: [...chunkDocument(talks), ...chunkDocument(notes)] };
const embedder = new HashingEmbedder();

describe('summarizeIndexed', () => {
  it('summarises the first document by default, noting the others', async () => {
    const summary = await summarizeIndexed(index, embedder, { sentences: 2 });
    expect(summary.docId).toBe('talks');
    expect(summary.note).toBe(
      'The corpus holds 2 documents; this summarises "Talks in Geneva" (talks). The others, by id: notes.',
    );
    for (const citation of summary.citations) expect(citation.docId).toBe('talks');
  });

  it('summarises the document asked for, without a note', async () => {
    const summary = await summarizeIndexed(index, embedder, { docId: 'notes', sentences: 2 });
    expect(summary.docId).toBe('notes');
    expect(summary.note).toBeUndefined();
  });

  it('finds a section in whichever document has it', async () => {
    const summary = await summarizeIndexed(index, embedder, { section: 'background', sentences: 2 });
    expect(summary).toMatchObject({ docId: 'notes', section: { number: 1, title: 'Background' } });
  });

  it('looks for a section only in the document asked for', async () => {
    await expect(
      summarizeIndexed(index, embedder, { docId: 'talks', section: 'background' }),
    ).rejects.toMatchObject({
      code: 'section-unknown',
    });
  });
});
