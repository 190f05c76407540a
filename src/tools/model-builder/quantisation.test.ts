import { describe, expect, it } from 'vitest';
import { dequantiseRow, quantiseRows } from './quantisation.js';

describe('quantiseRows', () => {
  const matrix = {
    values: Float64Array.from([0.5, -1, 0.25, 0, 0, 0, 1e-3, 2e-3, -4e-3]),
    rows: 3,
    columns: 3,
  };

  it('maps each row maximum to ±127 with a per-row scale', () => {
    const quantised = quantiseRows(matrix);
    expect([...quantised.table.subarray(0, 3)]).toEqual([64, -127, 32]);
    expect(quantised.scales[0]).toBeCloseTo(1 / 127, 7);
    expect(quantised.table[8]).toBe(-127);
  });

  it('keeps all-zero rows zero with a zero scale', () => {
    const quantised = quantiseRows(matrix);
    expect(quantised.scales[1]).toBe(0);
    expect([...dequantiseRow(quantised, 1)]).toEqual([0, 0, 0]);
  });

  it('reconstructs rows within half a step', () => {
    const quantised = quantiseRows(matrix);
    for (let row = 0; row < 3; row += 1) {
      const restored = dequantiseRow(quantised, row);
      const halfStep = (quantised.scales[row] ?? 0) / 2 + 1e-9;
      restored.forEach((value, column) => {
        expect(Math.abs(value - (matrix.values[row * 3 + column] ?? 0))).toBeLessThanOrEqual(halfStep);
      });
    }
  });
});
