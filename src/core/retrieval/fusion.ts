/**
 * How the first retrieval stage combines keyword and vector evidence, and how deep the answer
 * model re-ranks. Set by reasoning and checked on the dev sets (see README); the answer model
 * decides the final order.
 */
export interface FusionOptions {
  /** Candidates taken from each index. */
  candidates: number;
  /** How many of the best first-stage passages have every sentence scored by the answer model. */
  rerankDepth: number;
  /** Weight of the (max-normalised) BM25 score against cosine similarity, 0–1. */
  keywordWeight: number;
  /** 0–1: how strongly a passage that overlaps an already ranked one is pushed down. */
  diversity: number;
}

export const DEFAULT_FUSION: FusionOptions = {
  candidates: 40,
  rerankDepth: 16,
  keywordWeight: 0.6,
  diversity: 1,
};

/** A weighted blend of a keyword and a vector score, both in 0–1. */
export function blend(keywordScore: number, vectorScore: number, keywordWeight: number): number {
  return keywordWeight * keywordScore + (1 - keywordWeight) * Math.max(0, vectorScore);
}

/** Share of passage `a`'s characters that passage `b` also covers (0 across documents). */
export function overlapShare(a: { docId: string; start: number; end: number }, b: { docId: string; start: number; end: number }): number {
  if (a.docId !== b.docId) return 0;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 ? shared / Math.max(1, a.end - a.start) : 0;
}

/**
 * Orders items by score, pushing down any item that repeats text already ranked above it
 * (overlapping passages would otherwise fill the top with the same sentences).
 */
export function diverseOrder<T extends { score: number; passage: { docId: string; start: number; end: number } }>(
  items: readonly T[],
  diversity: number,
): T[] {
  const pool = [...items];
  const ordered: T[] = [];
  while (pool.length > 0) {
    let bestIndex = 0;
    let bestScore = -Infinity;
    pool.forEach((item, index) => {
      const overlap = Math.max(0, ...ordered.map((chosen) => overlapShare(item.passage, chosen.passage)));
      const adjusted = item.score * (1 - diversity * overlap);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestIndex = index;
      }
    });
    ordered.push(...pool.splice(bestIndex, 1));
  }
  return ordered;
}
