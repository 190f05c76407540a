/**
 * Smooth inverse frequency (SIF) weights, Arora, Liang & Ma (2017): a word's vector is scaled by
 * a / (a + p(w)), so frequent function words barely move a sentence embedding and rare content words do.
 *
 * The source has no counts, only frequency order, so p(w) comes from the Zipf–Mandelbrot law
 * p(r) ∝ 1 / (r + q) with q ≈ 2.7 (the usual fit for English), normalised over every ranked source word,
 * because the words the vocabulary skips still take their share of the corpus.
 */

/** Zipf–Mandelbrot rank offset q fitted to English word frequencies. */
export const ZIPF_MANDELBROT_OFFSET = 2.7;

/**
 * Estimated corpus probability of the words at the given 1-based frequency `ranks`.
 *
 * @param sourceSize Number of ranked words in the whole source, over which the estimate is normalised.
 */
export function estimateWordProbabilities(
  ranks: readonly number[],
  sourceSize: number,
  offset: number = ZIPF_MANDELBROT_OFFSET,
): Float64Array {
  if (!Number.isInteger(sourceSize) || sourceSize <= 0) {
    throw new Error(`Source size must be a positive integer, got ${sourceSize}`);
  }
  // Summed from the smallest term up, so the many tiny tail terms are not lost to rounding.
  let normaliser = 0;
  for (let rank = sourceSize; rank >= 1; rank -= 1) {
    normaliser += 1 / (rank + offset);
  }
  return Float64Array.from(ranks, (rank) => {
    if (!Number.isInteger(rank) || rank < 1 || rank > sourceSize) {
      throw new Error(`Rank ${rank} is outside 1..${sourceSize}`);
    }
    return 1 / (rank + offset) / normaliser;
  });
}

/** The SIF weight a / (a + p) of a word with estimated probability `probability`. */
export function sifWeight(probability: number, smoothing: number): number {
  if (!(smoothing > 0)) {
    throw new Error(`SIF smoothing a must be positive, got ${smoothing}`);
  }
  return smoothing / (smoothing + probability);
}
