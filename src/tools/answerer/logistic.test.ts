import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logistic.js';

/** Rows whose label follows a known logistic law, from a fixed pseudo-random sequence. */
function sample(count: number): { rows: number[][]; labels: number[] } {
  let seed = 42;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = [next() * 4 - 2, next() * 4 - 2, 1];
    const probability = 1 / (1 + Math.exp(-(2 * (row[0] as number) - (row[1] as number) - 0.5)));
    rows.push(row);
    labels.push(next() < probability ? 1 : 0);
  }
  return { rows, labels };
}

describe('fitLogistic', () => {
  const { rows, labels } = sample(4000);

  it('recovers the law the labels follow, on standardised features', () => {
    const fit = fitLogistic(rows, labels, { l2: 0.01, maxIterations: 50, tolerance: 1e-10 });
    // Back on the raw scale: weight / scale.
    const raw = fit.weights.map((weight, index) => weight / (fit.scale[index] as number));
    expect(raw[0]).toBeCloseTo(2, 0);
    expect(raw[1]).toBeCloseTo(-1, 0);
    // A constant column carries nothing and stays at 0.
    expect(fit.weights[2]).toBe(0);
    expect(fit.iterations).toBeLessThan(20);
  });

  it('gives the same weights on every run', () => {
    expect(fitLogistic(rows, labels)).toEqual(fitLogistic(rows, labels));
  });

  it('weights rows: doubling a row counts it twice', () => {
    const twice = fitLogistic([...rows, ...rows.slice(0, 100)], [...labels, ...labels.slice(0, 100)]);
    const weighted = fitLogistic(rows, labels, undefined, rows.map((_, index) => (index < 100 ? 2 : 1)));
    weighted.weights.forEach((weight, index) => expect(weight).toBeCloseTo(twice.weights[index] as number, 1));
  });
});
