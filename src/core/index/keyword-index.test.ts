import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../corpus/chunk-passages.js';
import { parseDocument } from '../corpus/parse-document.js';
import { contentTerms, indexTerms } from '../text/terms.js';
import { KEYWORD_INDEX_VERSION, KeywordIndex } from './keyword-index.js';

const article = readFileSync(
  fileURLToPath(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url)),
  'utf8',
);
const passages = chunkDocument(parseDocument({ id: 'geneva', path: 'geneva.txt', text: article }));

describe('KeywordIndex (SQLite FTS5 BM25)', () => {
  const index = KeywordIndex.build(passages);

  it('finds names and numbers the word-vector model does not know', () => {
    for (const [query, needle] of [
      ['100,000 troops', '100,000'],
      ['08:00', '08:00'],
      ['Ryabkov Tass', 'Reported by Tass'],
      ['Landdale', 'Landdale'],
    ] as const) {
      const [best] = index.search(query, 1);
      expect(passages[best?.label ?? -1]?.text, query).toContain(needle);
    }
    expect(index.search('the of and', 5)).toEqual([]);
  });

  it('reads back what it wrote, with the same results', () => {
    const copy = KeywordIndex.deserialize(index.serialize());
    expect(copy.size).toBe(passages.length);
    for (const query of ['Who led the US delegation?', 'NATO open-door policy', 'sanctions invasion']) {
      expect(copy.search(query, 10)).toEqual(index.search(query, 10));
    }
  });

  it('counts content-term document frequencies as contentTerms does', () => {
    const expected = new Map<string, number>();
    for (const passage of passages)
      for (const term of contentTerms(passage.text)) expected.set(term, (expected.get(term) ?? 0) + 1);
    expect(index.contentTermFrequencies()).toEqual(expected);
    expect(KeywordIndex.deserialize(index.serialize()).contentTermFrequencies()).toEqual(expected);
  });

  it('refuses a file from another version or a corrupt one', () => {
    const file = index.serialize();
    // SQLite keeps user_version as a big-endian integer at byte 60 of its header.
    const older = Buffer.from(file);
    older.writeUInt32BE(KEYWORD_INDEX_VERSION - 1, 60);
    expect(() => KeywordIndex.deserialize(older)).toThrow(/version/);
    expect(() => KeywordIndex.deserialize(file.subarray(0, file.length / 2)).search('NATO', 1)).toThrow();
    expect(() => KeywordIndex.deserialize(Buffer.from('{"version": 6, "minis'))).toThrow();
  });

  it('keeps numbers and abbreviations whole, and treats query syntax as plain words', () => {
    expect(indexTerms('100,000 troops at 08:00 in the U.S.')).toEqual(['100000', 'troop', '08:00', 'us']);
    for (const query of ['NEAR(NATO Russia)', 'NATO AND "Russia', '*', 'sanctions OR -invasion ^']) {
      expect(() => index.search(query, 3), query).not.toThrow();
    }
    expect(index.search('NATO', 0)).toEqual([]);
  });

  it('tells whether passages within a label range hold any of some terms, exactly as their index terms do', () => {
    const holding = (term: string): number[] => passages.flatMap((passage, label) => (indexTerms(passage.text).includes(term) ? [label] : []));
    const last = passages.length - 1;
    const termOf = (word: string): string => indexTerms(word)[0] as string;
    for (const term of ['Ryabkov', 'Landdale', '100,000', 'U.S.', 'NATO'].map(termOf)) {
      const labels = holding(term);
      expect(labels.length, term).toBeGreaterThan(0);
      const first = labels[0] as number;
      expect(index.holdsAnyWithin([term], first, first), term).toBe(true);
      expect(index.holdsAnyWithin([term], 0, last), term).toBe(true);
      if (first > 0) expect(index.holdsAnyWithin([term], 0, first - 1), term).toBe(false);
    }
    expect(index.holdsAnyWithin(['walrus', termOf('Landdale')], 0, last)).toBe(true);
    expect(index.holdsAnyWithin(['walrus'], 0, last)).toBe(false);
    expect(index.holdsAnyWithin([], 0, last)).toBe(false);
    expect(index.holdsAnyWithin(['nato'], 3, 2)).toBe(false);
    // A view does not see the passages it leaves out.
    const landdale = holding(termOf('Landdale'));
    const view = index.restrictedTo(landdale.map((label) => [label, label] as const));
    expect(view.holdsAnyWithin([termOf('Landdale')], 0, last)).toBe(false);
    expect(view.holdsAnyWithin(['nato'], 0, last)).toBe(true);
  });

  it('once retired (replaced by a newer index), closes when its last reader, through any view, is done', () => {
    const replaced = KeywordIndex.build(passages);
    const view = replaced.restrictedTo([[0, 0]]);
    const [first, second] = [replaced.retain(), view.retain()];
    replaced.retire();
    // Requests still in flight keep searching the database they started on.
    first();
    expect(view.search('Ryabkov Tass', 1)).toHaveLength(1);
    expect(replaced.isOpen).toBe(true);
    second();
    second();
    expect(replaced.isOpen).toBe(false);

    const unread = KeywordIndex.build(passages);
    unread.retire();
    expect(unread.isOpen).toBe(false);
  });
});
