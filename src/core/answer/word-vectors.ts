import type { LRUCache } from 'lru-cache';
import type { Embedder } from '../embedding/embedder.js';
import { growingLruCache } from '../growing-cache.js';

/** Stored for words the model does not know, so they are asked about once. */
const UNKNOWN = new Float32Array(0);

/**
 * Vectors of single words from the embedding model, for soft word alignment: each word is
 * embedded on its own once and remembered (least recently used go first). With the bundled
 * word-vector model a word's vector is its own row; a word the model does not know has none.
 */
export class WordVectors {
  private readonly cache: LRUCache<string, Float32Array>;

  constructor(
    private readonly embedder: Embedder,
    capacity = 100_000,
  ) {
    this.cache = growingLruCache(capacity);
  }

  /** Embeds, in one call, the words not seen before. */
  async prepare(words: Iterable<string>): Promise<void> {
    const missing = [...new Set(words)].filter((word) => !this.cache.has(word));
    if (missing.length === 0) return;
    const vectors = await this.embedder.embedDocuments(missing);
    missing.forEach((word, index) => {
      const vector = vectors[index];
      this.cache.set(word, vector && vector.some((value) => value !== 0) ? vector : UNKNOWN);
    });
  }

  /** The word's unit vector, or undefined when the model does not know it (or it was not prepared). */
  get(word: string): Float32Array | undefined {
    const vector = this.cache.get(word);
    return vector && vector !== UNKNOWN ? vector : undefined;
  }
}
