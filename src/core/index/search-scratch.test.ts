import { describe, expect, it } from 'vitest';
import { SearchScratch } from './search-scratch.js';

/** One search: each term is a list of [label, score] field scores, added in order. */
function search(
  scratch: SearchScratch,
  terms: Array<Array<[number, number]>>,
  k = 10,
): Array<{ label: number; score: number }> {
  scratch.reset();
  for (const fieldScores of terms) {
    scratch.nextTerm();
    for (const [label, score] of fieldScores) scratch.addFieldScore(label, score, true);
    scratch.commitTerm();
  }
  return scratch.best(k);
}

describe('SearchScratch', () => {
  it('sums per term, multiplies by matched terms, and keeps first-matched order for ties', () => {
    const scratch = new SearchScratch(5);
    const hits = search(scratch, [
      [
        [3, 1],
        [1, 1],
      ],
      [
        [1, 0.5],
        [1, 0.5],
        [4, 2],
      ],
    ]);
    expect(hits).toEqual(
      [
        { label: 1, score: 4 },
        { label: 3, score: 1 },
        { label: 4, score: 2 },
      ].sort((a, b) => b.score - a.score),
    );
    expect(
      search(scratch, [
        [
          [2, 1],
          [0, 1],
        ],
      ]),
    ).toEqual([
      { label: 2, score: 1 },
      { label: 0, score: 1 },
    ]);
  });

  it('forgets earlier searches, also when its stamps wrap around', () => {
    const scratch = new SearchScratch(3);
    search(scratch, [[[0, 5]]]);
    const internals = scratch as unknown as { search: number; term: number };
    internals.search = 0xffff_ffff;
    internals.term = 0xffff_ffff;
    expect(search(scratch, [[[1, 1]]])).toEqual([{ label: 1, score: 1 }]);
    expect(search(scratch, [[[2, 1]]], 1)).toEqual([{ label: 2, score: 1 }]);
  });
});
