/**
 * Extra score for some passages, by passage id, added to what the question itself earns: a
 * conversation passes the passages its previous answers cited, so a follow-up leans towards
 * them. Weights are small next to the 0–1 scores, so a question that changes topic still finds
 * its own evidence.
 */
export type RetrievalPrior = ReadonlyMap<string, number>;

/** The items with each one's prior added to its score (unchanged without a prior). */
export function withPrior<T extends { passage: { id: string }; score: number }>(
  items: readonly T[],
  prior: RetrievalPrior | undefined,
): T[] {
  if (!prior || prior.size === 0) return [...items];
  return items.map((item) => {
    const extra = prior.get(item.passage.id) ?? 0;
    return extra === 0 ? item : { ...item, score: item.score + extra };
  });
}
