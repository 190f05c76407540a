import { describe, expect, it } from 'vitest';
import { fitRanker, type RankingGroup } from './ranker.js';

/**
 * Questions whose right candidate has the higher first feature, while the second feature is the
 * same for every candidate of a question (as what a question asks is) and the third is noise
 * drawn from a fixed sequence.
 */
function groups(count: number): RankingGroup[] {
  let seed = 7;
  const noise = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  return Array.from({ length: count }, (_, index) => {
    const asked = index % 2;
    const right = index % 3;
    return {
      rows: [0, 1, 2].map((position) => Float64Array.from([position === right ? 1 + noise() : noise(), asked, noise()])),
      labels: [0, 1, 2].map((position) => (position === right ? 1 : 0)),
      weight: 1,
    };
  });
}

describe('fitRanker', () => {
  it('weighs the feature that tells a question\'s candidates apart, and not one they share', () => {
    const fit = fitRanker(groups(60), 3);
    const [telling, shared, noise] = fit.weights as [number, number, number];
    expect(telling).toBeGreaterThan(1);
    // Constant within each question: the softmax cannot see it, and the penalty keeps it at 0.
    expect(Math.abs(shared)).toBeLessThan(1e-9);
    expect(Math.abs(noise)).toBeLessThan(telling / 3);
    expect(fit.questions).toBe(60);
    expect(fit.iterations).toBeLessThan(100);
  });

  it('puts the right candidate first in the questions it was fitted on', () => {
    const data = groups(60);
    const fit = fitRanker(data, 3);
    const score = (row: Float64Array): number => row.reduce((sum, value, column) => sum + value * (fit.weights[column] as number), 0);
    const firstRight = data.filter((group) => {
      const scores = group.rows.map(score);
      return group.labels[scores.indexOf(Math.max(...scores))] === 1;
    });
    expect(firstRight.length).toBe(60);
  });

  it('gives the same weights for the same questions', () => {
    expect(fitRanker(groups(30), 3).weights).toEqual(fitRanker(groups(30), 3).weights);
  });

  it('leaves every weight at 0 when there is nothing to learn', () => {
    expect(fitRanker([], 3).weights).toEqual([0, 0, 0]);
  });
});
