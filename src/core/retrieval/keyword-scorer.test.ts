import { describe, expect, it } from 'vitest';
import { TermStatistics } from '../answer/term-statistics.js';
import type { Passage } from '../corpus/types.js';
import { indexTerms } from '../text/terms.js';
import { KeywordScorer } from './keyword-scorer.js';

const WORDS = [
  'talks',
  'Geneva',
  'Genève',
  'Zürich',
  'NATO',
  'nato',
  '100,000',
  'troops',
  'Russia',
  'Russia’s',
  'U.S.',
  'ß',
  'Ω',
  'sanctions',
  'a',
  'the',
];

/** Seeded passages of words from WORDS, with repeats (counts above one) and non-ASCII terms. */
function passages(count: number): Passage[] {
  let state = 5;
  const next = (): number => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  return Array.from({ length: count }, (_, ordinal) => {
    const text = Array.from(
      { length: 3 + Math.floor(next() * 40) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    ).join(' ');
    return {
      id: `p${ordinal}`,
      docId: 'd',
      docTitle: 'T',
      docSource: 't.txt',
      section: null,
      sectionNumber: 1,
      text,
      start: 0,
      end: text.length,
      ordinal,
    };
  });
}

describe('KeywordScorer', () => {
  it('scores BM25 with the smoothed IDF exactly as counting each term in a Map does', () => {
    const corpus = passages(300);
    const frequencies = new Map<string, number>();
    for (const passage of corpus)
      for (const term of new Set(indexTerms(passage.text)))
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    const statistics = TermStatistics.fromDocumentFrequencies(frequencies, corpus.length);
    const mean = Math.max(
      1,
      corpus.reduce((sum, passage) => sum + indexTerms(passage.text).length, 0) / corpus.length,
    );
    const scorer = new KeywordScorer(corpus);
    for (const query of [
      'Genève talks',
      'russia russia nato 100000',
      'Zürich ß Ω troops',
      'nothing here',
      'U.S. sanctions the',
    ]) {
      const expected = corpus.map((passage) => {
        const terms = indexTerms(passage.text);
        const counts = new Map<string, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        let score = 0;
        for (const term of new Set(indexTerms(query))) {
          const frequency = counts.get(term) ?? 0;
          if (frequency > 0)
            score +=
              (statistics.idf(term) * frequency * 2.2) /
              (frequency + 1.2 * (0.25 + (0.75 * terms.length) / mean));
        }
        return score;
      });
      expect(scorer.scores(query, corpus, statistics), query).toEqual(expected);
    }
  });
});
