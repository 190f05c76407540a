import { describe, expect, it } from 'vitest';
import { embedByLength } from './embedder.js';

describe('embedByLength', () => {
  it('embeds texts of similar length together and returns vectors in input order', async () => {
    const batches: string[][] = [];
    const texts = ['ccc', 'a', 'dddd', 'bb', ''];
    const vectors = await embedByLength(texts, 2, async (batch) => {
      batches.push(batch);
      return batch.map((text) => Float32Array.of(text.length));
    });
    expect(batches).toEqual([['', 'a'], ['bb', 'ccc'], ['dddd']]);
    expect(vectors.map((vector) => vector[0])).toEqual([3, 1, 4, 2, 0]);
    expect(await embedByLength([], 2, () => Promise.reject(new Error('not called')))).toEqual([]);
  });
});
