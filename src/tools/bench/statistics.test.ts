import { describe, expect, it } from 'vitest';
import { exactTopK, percentile, recallAtK } from './statistics.js';

describe('bench statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 0.5)).toBe(5);
    expect(percentile(samples, 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('computes recall@k against the exact neighbours', () => {
    expect(recallAtK([[1, 2, 3]], [[1, 2, 3]], 3)).toBe(1);
    expect(recallAtK([[1, 9, 3]], [[3, 2, 1]], 3)).toBeCloseTo(2 / 3);
    // Only the first k of each list count, and order inside the top k does not.
    expect(recallAtK([[4, 1, 2]], [[1, 2, 4, 5]], 2)).toBe(0.5);
    expect(recallAtK([[1], [5]], [[1], [6]], 1)).toBe(0.5);
  });

  it('finds the exact top k by dot product', () => {
    const matrix = Float32Array.from([1, 0, 0, 1, 0.7, 0.7, -1, 0]);
    expect(exactTopK(matrix, 2, Float32Array.from([1, 0]), 2)).toEqual([0, 2]);
    expect(exactTopK(matrix, 2, Float32Array.from([0, 1]), 3)).toEqual([1, 2, 0]);
  });
});
