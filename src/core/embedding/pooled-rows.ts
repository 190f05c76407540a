import { normalizeInPlace } from './embedder.js';

/** A model's output: `[batch, dim]` from a graph that pools, `[batch, seq, dim]` from a transformer. */
export interface ModelOutput {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

/**
 * Turns a model's output into unit vectors: each row of a `[batch, dim]` output, or the mean
 * over the unmasked tokens of a `[batch, seq, dim]` one (`attentionMask` row by row).
 */
export function pooledRows(output: ModelOutput, attentionMask?: BigInt64Array): Float32Array[] {
  const { data, dims } = output;
  const batch = dims[0] ?? 0;
  const vectors: Float32Array[] = [];
  if (dims.length === 2) {
    const width = dims[1] ?? 0;
    for (let row = 0; row < batch; row += 1) {
      vectors.push(normalizeInPlace(data.slice(row * width, (row + 1) * width)));
    }
    return vectors;
  }
  const sequence = dims[1] ?? 0;
  const width = dims[2] ?? 0;
  for (let row = 0; row < batch; row += 1) {
    const vector = new Float32Array(width);
    for (let token = 0; token < sequence; token += 1) {
      if (attentionMask && attentionMask[row * sequence + token] === 0n) continue;
      const offset = (row * sequence + token) * width;
      for (let column = 0; column < width; column += 1)
        vector[column] = (vector[column] ?? 0) + (data[offset + column] ?? 0);
    }
    vectors.push(normalizeInPlace(vector));
  }
  return vectors;
}
