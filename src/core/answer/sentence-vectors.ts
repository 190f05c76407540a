import type { LRUCache } from 'lru-cache';
import type { Embedder } from '../embedding/embedder.js';
import { growingLruCache } from '../growing-cache.js';

/**
 * Embeds sentences, remembering the most recently used by their text: the same passages come
 * back for related questions, so most sentences are embedded once per process.
 */
export class SentenceVectorCache {
  private readonly vectors: LRUCache<string, Float32Array>;

  constructor(
    private readonly embedder: Embedder,
    capacity = 20_000,
  ) {
    this.vectors = growingLruCache(capacity);
  }

  /** Vectors for the given sentences, in order. */
  async get(texts: readonly string[]): Promise<Float32Array[]> {
    const found = texts.map((text) => this.vectors.get(text));
    const missing = [...new Set(texts.filter((_, index) => found[index] === undefined))];
    if (missing.length > 0) {
      const fresh = await this.embedder.embedDocuments(missing);
      const byText = new Map(missing.map((text, position) => [text, fresh[position] as Float32Array]));
      for (const [text, vector] of byText) this.vectors.set(text, vector);
      return texts.map((text, index) => found[index] ?? (byText.get(text) as Float32Array));
    }
    return found as Float32Array[];
  }
}
