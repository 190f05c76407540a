import { describe, expect, it } from 'vitest';
import type { SimilarityMatrix } from './sentence-graph.js';
import { selectSentences, type SelectionCandidate } from './select-sentences.js';

function matrix(rows: number[][]): SimilarityMatrix {
  return { size: rows.length, get: (row, column) => rows[row]?.[column] ?? 0 };
}

const candidate = (importance: number, group = 0, eligible = true): SelectionCandidate => ({
  importance,
  group,
  eligible,
});

describe('selectSentences (MMR)', () => {
  // 0 and 1 say the same thing; 2 says something else.
  const similarities = matrix([
    [1, 0.95, 0.1],
    [0.95, 1, 0.1],
    [0.1, 0.1, 1],
  ]);

  it('skips a near-duplicate of a chosen sentence for a less important but new one', () => {
    expect(selectSentences([candidate(0.9), candidate(0.85), candidate(0.6)], similarities, 2)).toEqual([
      0, 2,
    ]);
  });

  it('ranks by importance alone with relevance 1, and returns source order', () => {
    const chosen = selectSentences([candidate(0.5), candidate(0.85), candidate(0.9)], similarities, 2, {
      relevance: 1,
      sectionCoverage: 0,
    });
    expect(chosen).toEqual([1, 2]);
  });

  it('never picks ineligible sentences, and stops when none are left', () => {
    expect(
      selectSentences([candidate(0.9, 0, false), candidate(0.1), candidate(0.2)], similarities, 5),
    ).toEqual([1, 2]);
  });

  it('spreads choices across sections', () => {
    const unrelated = matrix([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const candidates = [candidate(0.9, 0), candidate(0.8, 0), candidate(0.7, 1)];
    expect(selectSentences(candidates, unrelated, 2, { relevance: 1, sectionCoverage: 0.25 })).toEqual([
      0, 2,
    ]);
    expect(selectSentences(candidates, unrelated, 2, { relevance: 1, sectionCoverage: 0 })).toEqual([0, 1]);
  });

  it('breaks ties towards the earlier sentence', () => {
    const unrelated = matrix([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(selectSentences([candidate(0.5), candidate(0.5), candidate(0.5)], unrelated, 1)).toEqual([0]);
  });
});
