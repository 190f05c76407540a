/** Rounds scores for output: four decimals are plenty and keep JSON stable. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
