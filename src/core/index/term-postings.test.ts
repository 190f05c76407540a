import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../corpus/chunk-passages.js';
import { parseDocument } from '../corpus/parse-document.js';
import type { Passage } from '../corpus/types.js';
import { KeywordIndex } from './keyword-index.js';
import { indexTerms } from '../text/terms.js';
import { TermPostings, type PhrasePostings } from './term-postings.js';

const article = readFileSync(
  fileURLToPath(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url)),
  'utf8',
);
const articlePassages = chunkDocument(parseDocument({ id: 'geneva', path: 'geneva.txt', text: article }));

/** A small seeded generator (mulberry32), so every run draws the same corpus and queries. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words drawn with Zipf-like frequencies, so some are in most passages and many in a few. */
function zipfWords(random: () => number, vocabulary: readonly string[], count: number): string[] {
  return Array.from(
    { length: count },
    () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string,
  );
}

const VOCABULARY = [...new Set(article.toLowerCase().match(/[a-z]{4,}/g) ?? [])];

/** Passages of random words, with section titles (counted at half weight), repeats and exact duplicates (equal scores). */
function generatedPassages(random: () => number, count: number): Passage[] {
  const passages: Passage[] = [];
  for (let ordinal = 0; ordinal < count; ordinal += 1) {
    const copied = ordinal > 0 && random() < 0.1 ? passages[ordinal - 1] : undefined;
    const text = copied?.text ?? zipfWords(random, VOCABULARY, 5 + Math.floor(random() * 60)).join(' ');
    const section =
      copied?.section ??
      (random() < 0.5 ? zipfWords(random, VOCABULARY, 1 + Math.floor(random() * 3)).join(' ') : null);
    passages.push({
      id: `p${ordinal}`,
      docId: `d${Math.floor(ordinal / 7)}`,
      docTitle: 'Generated',
      docSource: 'generated.txt',
      section,
      sectionNumber: 1,
      text,
      start: 0,
      end: text.length,
      ordinal,
    });
  }
  return passages;
}

describe('TermPostings (FTS5 BM25 from remembered postings)', () => {
  it('ranks exactly as FTS5 does in one query: same passages, same scores to the last bit, ties by label', () => {
    const random = seeded(7);
    const passages = [...articlePassages, ...generatedPassages(random, 600)];
    const index = KeywordIndex.build(passages);
    const view = index.restrictedTo([
      [3, 40],
      [200, 260],
      [599, 599],
    ]);
    const queries = [
      'Who led the US delegation?',
      'russia russia russia nato',
      ...Array.from({ length: 300 }, () =>
        zipfWords(random, VOCABULARY, 1 + Math.floor(random() * 14)).join(' '),
      ),
    ];
    for (const query of queries) {
      for (const k of [1, 10, 40]) {
        expect(index.search(query, k), query).toEqual(index.searchBySqlite(query, k));
        expect(view.search(query, k), query).toEqual(view.searchBySqlite(query, k));
      }
    }
  });

  it('forgets every term when passages are added, as their IDF and the mean length change', () => {
    const index = KeywordIndex.build(articlePassages);
    const before = index.search('NATO sanctions Ryabkov', 10);
    index.append(generatedPassages(seeded(3), 200));
    const after = index.search('NATO sanctions Ryabkov', 10);
    expect(after).toEqual(index.searchBySqlite('NATO sanctions Ryabkov', 10));
    expect(after).not.toEqual(before);
  });

  it('reads each phrase once, counts a repeated phrase twice, and leaves out excluded labels', () => {
    const postings: Record<string, PhrasePostings> = {
      a: { labels: [0, 2, 5], contributions: [1, 0.5, 2] },
      b: { labels: [2, 3], contributions: [1.5, 2] },
    };
    const reads: string[] = [];
    const ranking = new TermPostings((phrase) => {
      reads.push(phrase);
      return postings[phrase] ?? { labels: [], contributions: [] };
    });
    expect(ranking.rank(['a', 'b'], 3)).toEqual([
      { label: 2, score: 2 },
      { label: 3, score: 2 },
      { label: 5, score: 2 },
    ]);
    expect(ranking.rank(['a', 'a', 'b'], 2, (label) => label === 5)).toEqual([
      { label: 2, score: 2.5 },
      { label: 0, score: 2 },
    ]);
    expect(reads).toEqual(['a', 'b']);
  });

  it('leaves a phrase with more postings than it may remember to FTS5 (undefined)', () => {
    const ranking = new TermPostings(() => ({ labels: [0, 1, 2], contributions: [1, 1, 1] }), 2);
    expect(ranking.rank(['common'], 5)).toBeUndefined();
    expect(ranking.holdsWithin('common', 0, 2)).toBeUndefined();
  });

  it('tells whether a phrase occurs within a run of labels, from the same remembered postings', () => {
    const reads: string[] = [];
    const ranking = new TermPostings((phrase) => {
      reads.push(phrase);
      return phrase === 'a' ? { labels: [2, 7, 9], contributions: [1, 1, 1] } : { labels: [], contributions: [] };
    });
    expect(ranking.holdsWithin('a', 0, 1)).toBe(false);
    expect(ranking.holdsWithin('a', 0, 2)).toBe(true);
    expect(ranking.holdsWithin('a', 3, 6)).toBe(false);
    expect(ranking.holdsWithin('a', 7, 7)).toBe(true);
    expect(ranking.holdsWithin('a', 8, 20)).toBe(true);
    expect(ranking.holdsWithin('a', 10, 20)).toBe(false);
    expect(ranking.holdsWithin('a', 6, 8, (label) => label !== 7)).toBe(false);
    expect(ranking.holdsWithin('a', 6, 9, (label) => label !== 7)).toBe(true);
    expect(ranking.holdsWithin('b', 0, 20)).toBe(false);
    expect(reads).toEqual(['a', 'b']);
  });

  it('answers holdsWithin as FTS5 does for passages\' text, in a whole index and in a view that leaves labels out', () => {
    const random = seeded(11);
    const headed: Passage = { ...(articlePassages[0] as Passage), id: 'headed', section: 'Zebra crossing', text: 'Nothing of the kind here.' };
    const passages = [...articlePassages, ...generatedPassages(random, 300), headed];
    const headingHolds = (term: string) => (label: number): boolean => indexTerms(passages[label]?.section ?? '').includes(term);
    const index = KeywordIndex.build(passages);
    const view = index.restrictedTo([[20, 60]]);
    const terms = [...new Set([...zipfWords(random, VOCABULARY, 60), 'zebra', 'crossing'].flatMap((word) => indexTerms(word)))];
    const answers: boolean[] = [];
    const last = passages.length - 1;
    for (const term of terms) {
      for (const [first, end] of [[0, 10], [15, 70], [100, 140], [0, last], [last, last]] as const) {
        const expected = index.holdsAnyWithin([term], first, end);
        expect(index.holdsWithin(term, first, end, headingHolds(term)), term).toBe(expected);
        expect(view.holdsWithin(term, first, end, headingHolds(term)), term).toBe(view.holdsAnyWithin([term], first, end));
        answers.push(expected);
      }
    }
    // Both answers occur, and a heading alone does not count as the text holding a word.
    expect(answers).toContain(true);
    expect(answers).toContain(false);
    expect(index.holdsWithin('zebra', last, last, headingHolds('zebra'))).toBe(false);
  });
});
