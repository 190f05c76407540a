import { cosine } from '../embedding/embedder.js';

/** A symmetric matrix of cosine similarities between sentence vectors. */
export interface SimilarityMatrix {
  readonly size: number;
  get(row: number, column: number): number;
}

/** Cosine similarities between every pair of (unit or zero) vectors. */
export function similarityMatrix(vectors: readonly Float32Array[]): SimilarityMatrix {
  const size = vectors.length;
  const values = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    values[row * size + row] = 1;
    for (let column = row + 1; column < size; column += 1) {
      const similarity = cosine(vectors[row] as Float32Array, vectors[column] as Float32Array);
      values[row * size + column] = similarity;
      values[column * size + row] = similarity;
    }
  }
  return { size, get: (row, column) => values[row * size + column] ?? 0 };
}

/** How edges of the sentence graph count towards a sentence's centrality. */
export interface CentralityOptions {
  /** Weight of edges to sentences that come later. */
  forwardWeight: number;
  /** Weight of edges to sentences that come earlier; negative penalises repeating what was said. */
  backwardWeight: number;
  /**
   * Edges weaker than this share of the way from the weakest to the strongest similarity are
   * dropped, so that many faint resemblances do not outweigh a few strong ones.
   */
  threshold: number;
}

/**
 * Position-aware centrality (PACSUM; Zheng & Lapata, 2019): a sentence matters when later ones
 * develop it, and matters less when it only echoes earlier ones. Suits writing that states its
 * point first, as news and well-made sections do.
 */
export const DIRECTED_CENTRALITY: CentralityOptions = {
  forwardWeight: 1,
  backwardWeight: -2,
  threshold: 0.3,
};

/** Where sentences sit, for {@link centrality}. */
export interface GraphLayout {
  /** Section of each sentence: each section starts afresh. */
  sections?: readonly number[];
  /** True for sentences that conclude: they look back, so the edge directions swap for them. */
  concluding?: readonly boolean[];
}

/**
 * Centrality of each sentence in the graph whose edges are similarities, sentences taken in
 * the given order. With `sections`, echoing an earlier sentence only counts against a sentence
 * within its own section, so a section's opening is not penalised for taking up what the lead
 * announced. A concluding sentence matters when it gathers up what came before, so for it the
 * roles of earlier and later sentences swap. Returns raw sums; see {@link rescale}.
 */
export function centrality(
  similarities: SimilarityMatrix,
  options: CentralityOptions,
  layout: GraphLayout = {},
): number[] {
  const { size } = similarities;
  const { sections, concluding } = layout;
  let weakest = Infinity;
  let strongest = -Infinity;
  for (let row = 0; row < size; row += 1) {
    for (let column = row + 1; column < size; column += 1) {
      const similarity = similarities.get(row, column);
      weakest = Math.min(weakest, similarity);
      strongest = Math.max(strongest, similarity);
    }
  }
  const cut = size > 1 ? weakest + options.threshold * (strongest - weakest) : 0;
  const scores: number[] = [];
  for (let row = 0; row < size; row += 1) {
    const concludes = concluding?.[row] ?? false;
    let ahead = 0;
    let behind = 0;
    for (let column = 0; column < size; column += 1) {
      if (column === row) continue;
      const edge = Math.max(0, similarities.get(row, column) - cut);
      const later = column > row;
      // Edges to what a sentence builds on count everywhere; repeats only within its own section.
      if (later !== concludes) ahead += edge;
      else if (!sections || sections[column] === sections[row]) behind += edge;
    }
    scores.push(options.forwardWeight * ahead + options.backwardWeight * behind);
  }
  return scores;
}

/** Maps values linearly onto 0–1 (all zeros when they are all equal), so signals can be mixed. */
export function rescale(values: readonly number[]): number[] {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return values.map((value) => (high > low ? (value - low) / (high - low) : 0));
}
