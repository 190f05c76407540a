import { createHash } from 'node:crypto';
import { normalizeInPlace, type Embedder } from '../../src/core/embedding/embedder.js';
import { contentTerms } from '../../src/core/text/terms.js';

/**
 * A small, real, deterministic embedder for tests of the index machinery: each content term
 * hashes to a few dimensions, so texts sharing words are close. Records every batch it embeds.
 */
export class HashingEmbedder implements Embedder {
  readonly batches: string[][] = [];

  constructor(
    readonly modelId = 'test/hashing-embedder',
    readonly fingerprint = 'hashing-v1',
    readonly dimension = 32,
  ) {}

  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedDocuments(texts);
  }

  async embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    this.batches.push([...texts]);
    return texts.map((text) => {
      const vector = new Float32Array(this.dimension);
      for (const term of contentTerms(text)) {
        const digest = createHash('sha256').update(term).digest();
        for (let i = 0; i < 3; i += 1) {
          const slot = (digest[i] ?? 0) % this.dimension;
          vector[slot] = (vector[slot] ?? 0) + ((digest[i + 3] ?? 0) % 2 ? 1 : -1);
        }
      }
      return normalizeInPlace(vector);
    });
  }

  /** How many texts were embedded in total. */
  get embedded(): number {
    return this.batches.reduce((sum, batch) => sum + batch.length, 0);
  }
}
