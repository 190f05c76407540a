import { describe, expect, it } from 'vitest';
import { estimateWordProbabilities, sifWeight } from './sif-weighting.js';

describe('estimateWordProbabilities', () => {
  it('follows 1 / (rank + q) normalised over the whole source', () => {
    const probabilities = estimateWordProbabilities([1, 2, 3], 3, 1);
    const normaliser = 1 / 2 + 1 / 3 + 1 / 4;
    expect(probabilities[0]).toBeCloseTo(1 / 2 / normaliser, 15);
    expect(probabilities[2]).toBeCloseTo(1 / 4 / normaliser, 15);
    expect([...probabilities].reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 15);
  });

  it('leaves probability mass to skipped ranks', () => {
    const [first = 0, second = 0] = estimateWordProbabilities([1, 3], 4);
    expect(first).toBeGreaterThan(second);
    expect(first + second).toBeLessThan(1);
  });

  it('rejects ranks outside the source', () => {
    expect(() => estimateWordProbabilities([0], 5)).toThrow(/outside/);
    expect(() => estimateWordProbabilities([6], 5)).toThrow(/outside/);
  });
});

describe('sifWeight', () => {
  it('is near 1 for rare words and small for frequent ones', () => {
    expect(sifWeight(1e-7, 1e-3)).toBeCloseTo(0.9999, 4);
    expect(sifWeight(0.03, 1e-3)).toBeCloseTo(1 / 31, 10);
    expect(() => sifWeight(0.1, 0)).toThrow(/positive/);
  });
});
