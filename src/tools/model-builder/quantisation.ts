import type { RowMatrix } from './common-component.js';

/**
 * Symmetric int8 quantisation with one float32 scale per row: rowᵢ ≈ tableᵢ · scaleᵢ. A per-row scale keeps
 * small rows (heavily SIF-down-weighted frequent words) as precise as large ones, at 4 bytes a row.
 */
export interface QuantisedTable {
  /** Row-major int8 values in [-127, 127]. */
  readonly table: Int8Array;
  /** One scale per row, max|row| / 127; zero for all-zero rows. */
  readonly scales: Float32Array;
  readonly rows: number;
  readonly columns: number;
}

/** Quantises every row of `matrix`, rounding to the nearest step of that row's float32 scale. */
export function quantiseRows(matrix: RowMatrix): QuantisedTable {
  const { values, rows, columns } = matrix;
  const table = new Int8Array(rows * columns);
  const scales = new Float32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const offset = row * columns;
    let largest = 0;
    for (let i = 0; i < columns; i += 1) {
      largest = Math.max(largest, Math.abs(values[offset + i] ?? 0));
    }
    // Quantise against the float32 scale the model will actually multiply by, not the float64 one.
    const scale = Math.fround(largest / 127);
    scales[row] = scale;
    if (scale === 0) {
      continue;
    }
    for (let i = 0; i < columns; i += 1) {
      const step = Math.round((values[offset + i] ?? 0) / scale);
      table[offset + i] = Math.max(-127, Math.min(127, step));
    }
  }
  return { table, scales, rows, columns };
}

/** Reconstructs row `row` as float32 values, as the ONNX graph does. */
export function dequantiseRow(quantised: QuantisedTable, row: number): Float32Array {
  const { table, scales, columns } = quantised;
  const scale = scales[row] ?? 0;
  return Float32Array.from(table.subarray(row * columns, (row + 1) * columns), (value) => value * scale);
}
