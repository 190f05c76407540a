import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['DISCORD_TOKEN', 'DISCORD_TOKEN', 0],
    ['DISCORD_TOKNE', 'DISCORD_TOKEN', 1],
    ['LLM_BASEURL', 'LLM_BASE_URL', 1],
    ['ARTICLE_QA_CORPSE', 'ARTICLE_QA_CORPUS', 2],
    ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN', 4],
    ['', 'LOG', 3],
    ['LOG_LEVEL', '', 9],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

/** The table in full, as the function first computed it: the reference for the rolling rows. */
function fullTable(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  return rows[a.length]![b.length]!;
}

describe('editDistance against the full table', () => {
  it('agrees on 5,000 seeded random pairs of short strings over a small alphabet, any distance over a limit as limit + 1', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const word = (): string =>
      Array.from({ length: Math.floor(random() * 9) }, () => 'abcd_'[Math.floor(random() * 5)]).join('');
    for (let k = 0; k < 5_000; k += 1) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b), `${a} / ${b}`).toBe(fullTable(a, b));
      for (const limit of [0, 1, 2, 4])
        expect(editDistance(a, b, limit), `${a} / ${b} within ${limit}`).toBe(Math.min(fullTable(a, b), limit + 1));
    }
  });
});
