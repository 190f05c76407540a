import { cosine, normalizeInPlace } from '../embedding/embedder.js';
import type { SourceSentence } from './source-sentences.js';

/**
 * For a document too long for the sentence graph (quadratic in its sentences), the sentences
 * worth ranking: those closest to the document's centroid (what it is mostly about), with a
 * section's opening sentences kept whatever their score, since news and reports put their
 * point first. Returns indices, in source order.
 */
export function shortlistSentences(sentences: readonly SourceSentence[], vectors: readonly Float32Array[], size: number): number[] {
  if (sentences.length <= size) return sentences.map((_, index) => index);
  const dimensions = vectors[0]?.length ?? 0;
  const centroid = new Float32Array(dimensions);
  for (const vector of vectors) for (let d = 0; d < dimensions; d += 1) centroid[d] = (centroid[d] as number) + (vector[d] as number);
  normalizeInPlace(centroid);
  // An opening sentence of a section ranks above every other; within each group, closeness to the centroid.
  const OPENINGS = 3;
  const score = (index: number): number =>
    ((sentences[index] as SourceSentence).positionInSection < OPENINGS ? 2 : 0) + cosine(vectors[index] as Float32Array, centroid);
  return sentences
    .map((_, index) => ({ index, score: score(index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, size)
    .map(({ index }) => index)
    .sort((a, b) => a - b);
}
