import { describe, expect, it } from 'vitest';
import { firstPrincipalComponent, projectOutComponent, type RowMatrix } from './common-component.js';

// Rows scattered around the direction (3, 4)/5, so that is the dominant component.
const matrix: RowMatrix = {
  values: Float64Array.from([3, 4, 6, 8.2, -3, -3.9, 0.1, -0.1]),
  rows: 4,
  columns: 2,
};

describe('firstPrincipalComponent', () => {
  it('finds the dominant direction with a canonical sign', () => {
    const { direction, eigenvalue } = firstPrincipalComponent(matrix, new Float64Array([1, 1, 1, 1]));
    expect(direction[0]).toBeCloseTo(0.6, 2);
    expect(direction[1]).toBeCloseTo(0.8, 2);
    expect(Math.hypot(direction[0] ?? 0, direction[1] ?? 0)).toBeCloseTo(1, 12);
    expect(eigenvalue).toBeGreaterThan(100);
  });

  it('lets row weights choose which rows dominate', () => {
    const weights = new Float64Array([0, 0, 0, 1e6]);
    const { direction } = firstPrincipalComponent(matrix, weights);
    expect(Math.abs(direction[0] ?? 0)).toBeCloseTo(Math.SQRT1_2, 6);
    expect(direction[0]).toBeCloseTo(-(direction[1] ?? 0), 6);
  });

  it('is deterministic and rejects mismatched weights', () => {
    const first = firstPrincipalComponent(matrix, new Float64Array([1, 2, 3, 4]));
    const second = firstPrincipalComponent(matrix, new Float64Array([1, 2, 3, 4]));
    expect([...first.direction]).toEqual([...second.direction]);
    expect(() => firstPrincipalComponent(matrix, new Float64Array(3))).toThrow(/row weights/);
  });
});

describe('projectOutComponent', () => {
  it('removes the component from every row without touching the input', () => {
    const direction = Float64Array.from([0.6, 0.8]);
    const projected = projectOutComponent(matrix, direction);
    for (let row = 0; row < matrix.rows; row += 1) {
      const x = projected.values[row * 2] ?? 0;
      const y = projected.values[row * 2 + 1] ?? 0;
      expect(x * 0.6 + y * 0.8).toBeCloseTo(0, 12);
    }
    expect(matrix.values[0]).toBe(3);
  });
});
