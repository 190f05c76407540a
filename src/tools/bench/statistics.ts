/** The value below which `share` (0–1) of the sorted samples fall, by nearest rank; NaN when there are none. */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Share of the exact top-k that the approximate top-k found, averaged over queries (0–1). */
export function recallAtK(
  approximate: ReadonlyArray<readonly number[]>,
  exact: ReadonlyArray<readonly number[]>,
  k: number,
): number {
  if (exact.length === 0) return Number.NaN;
  let found = 0;
  let wanted = 0;
  exact.forEach((truth, query) => {
    const expected = new Set(truth.slice(0, k));
    wanted += expected.size;
    for (const label of (approximate[query] ?? []).slice(0, k)) if (expected.has(label)) found += 1;
  });
  return wanted === 0 ? Number.NaN : found / wanted;
}

/**
 * The `k` rows of a row-major matrix with the highest dot product with `query`, best first
 * (ties by row). A plain full scan: the exact baseline HNSW is measured against.
 */
export function exactTopK(matrix: Float32Array, dimension: number, query: Float32Array, k: number): number[] {
  const rows = matrix.length / dimension;
  const bestRows: number[] = [];
  const bestScores: number[] = [];
  for (let row = 0, offset = 0; row < rows; row += 1, offset += dimension) {
    let score = 0;
    for (let column = 0; column < dimension; column += 1)
      score += (query[column] ?? 0) * (matrix[offset + column] ?? 0);
    if (bestRows.length === k && score <= (bestScores[k - 1] ?? -Infinity)) continue;
    let position = bestRows.length;
    while (position > 0 && (bestScores[position - 1] ?? -Infinity) < score) position -= 1;
    bestRows.splice(position, 0, row);
    bestScores.splice(position, 0, score);
    if (bestRows.length > k) {
      bestRows.pop();
      bestScores.pop();
    }
  }
  return bestRows;
}
