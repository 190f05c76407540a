import type { Embedder } from '../embedding/embedder.js';

/**
 * Embeds sentences, remembering recent ones by their text: the same passages come back for related
 * questions, so most sentences are embedded once per process.
 */
export class SentenceVectorCache {
  private readonly vectors = new Map<string, Float32Array>();

  constructor(
    private readonly embedder: Embedder,
    private readonly capacity = 20_000,
  ) {}

  /** Vectors for the given sentences, in order. */
  async get(texts: readonly string[]): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((text) => !this.vectors.has(text)))];
    if (missing.length > 0) {
      const fresh = await this.embedder.embed(missing);
      missing.forEach((text, position) => this.remember(text, fresh[position] as Float32Array));
    }
    return texts.map((text) => this.vectors.get(text) as Float32Array);
  }

  private remember(key: string, vector: Float32Array): void {
    if (this.vectors.size >= this.capacity) {
      // Maps iterate in insertion order: the first key is the oldest.
      const oldest = this.vectors.keys().next().value;
      if (oldest !== undefined) this.vectors.delete(oldest);
    }
    this.vectors.set(key, vector);
  }
}
