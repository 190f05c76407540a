/**
 * The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1, so `DISCORD_TOKNE` is 1 from `DISCORD_TOKEN` and
 * "summray" 1 from "summary" (plain Levenshtein counts a swap as 2). With a `limit`, any
 * distance above it is returned as `limit + 1`: strings whose lengths alone differ by more
 * without filling the table, others as soon as two rows of it (a swap reaches back two) hold
 * nothing within the limit. Used on short words and setting names.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table, reused: the row two back is needed for a swap. Filled by plain
  // loops: at start-up, the check of ≈ 40–70 environment variable names against ≈ 40 known ones
  // (some 1,500 tables) took 60–140 ms while each cell was an `Array.from` callback.
  const width = b.length + 1;
  let before = new Uint32Array(width);
  let above = new Uint32Array(width);
  let row = new Uint32Array(width);
  for (let j = 0; j < width; j += 1) row[j] = j;
  let aboveLeast = 0;
  for (let i = 1; i <= a.length; i += 1) {
    [before, above, row] = [above, row, before];
    row[0] = i;
    let least = i;
    for (let j = 1; j < width; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] as number) + 1);
      row[j] = best;
      if (best < least) least = best;
    }
    // Every later cell is at least the least of the two rows before it.
    if (least > limit && aboveLeast > limit) return limit + 1;
    aboveLeast = least;
  }
  return Math.min(row[b.length] as number, limit + 1);
}
