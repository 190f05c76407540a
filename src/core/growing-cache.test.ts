import { LRUCache } from 'lru-cache';
import { describe, expect, it } from 'vitest';
import { growingLruCache } from './growing-cache.js';

describe('growingLruCache', () => {
  it('keeps and evicts the same entries as a cache given max, through sets, gets and deletes', () => {
    const capacity = 50;
    const growing = growingLruCache<string, number>(capacity);
    const preallocated = new LRUCache<string, number>({ max: capacity });
    // A fixed pseudo-random walk over more keys than fit, so entries are evicted, read and replaced.
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed >>> 12;
    };
    for (let step = 0; step < 20_000; step += 1) {
      const key = `k${next() % 120}`;
      const action = next() % 10;
      if (action < 5) {
        growing.set(key, step);
        preallocated.set(key, step);
      } else if (action < 9) {
        expect(growing.get(key)).toBe(preallocated.get(key));
      } else {
        expect(growing.delete(key)).toBe(preallocated.delete(key));
      }
      expect(growing.size).toBe(preallocated.size);
    }
    // Filled past its capacity, it holds as many entries as the other, the same ones in the same order.
    for (let key = 0; key < 2 * capacity; key += 1) {
      growing.set(`new${key}`, key);
      preallocated.set(`new${key}`, key);
    }
    expect(growing.size).toBe(capacity);
    expect([...growing.entries()]).toEqual([...preallocated.entries()]);
  });
});
