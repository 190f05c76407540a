/**
 * Common-component removal, the second half of SIF: sentence embeddings built from word vectors share one
 * dominant direction (syntax, frequency, corpus artefacts) that makes unrelated sentences look similar.
 * Because a sentence embedding here is a plain sum of table rows, projecting that direction out of every
 * row removes it from every sentence embedding, so it can be baked into the table once.
 */

/** A dense row-major matrix. */
export interface RowMatrix {
  readonly values: Float64Array;
  readonly rows: number;
  readonly columns: number;
}

/** The result of {@link firstPrincipalComponent}. */
export interface PrincipalComponent {
  /** Unit vector, signed so that its largest-magnitude entry is positive. */
  readonly direction: Float64Array;
  /** Eigenvalue of the weighted second-moment matrix along `direction`. */
  readonly eigenvalue: number;
  readonly iterations: number;
}

/**
 * Top eigenvector of the uncentred, row-weighted second-moment matrix Σ weightᵢ · rowᵢ rowᵢᵀ, by power
 * iteration from a fixed start vector, so the result is identical on every run.
 *
 * Weighting rows by word probability targets the direction that dominates real sentences (which are mostly
 * frequent words) rather than the direction of the rare-word majority of the table.
 */
export function firstPrincipalComponent(
  matrix: RowMatrix,
  rowWeights: Float64Array,
  maximumIterations = 1000,
  tolerance = 1e-12,
): PrincipalComponent {
  const { values, rows, columns } = matrix;
  if (rowWeights.length !== rows) {
    throw new Error(`Expected ${rows} row weights, got ${rowWeights.length}`);
  }
  const moment = new Float64Array(columns * columns);
  for (let row = 0; row < rows; row += 1) {
    const weight = rowWeights[row] ?? 0;
    const offset = row * columns;
    for (let i = 0; i < columns; i += 1) {
      const scaled = weight * (values[offset + i] ?? 0);
      for (let j = 0; j < columns; j += 1) {
        moment[i * columns + j] = (moment[i * columns + j] ?? 0) + scaled * (values[offset + j] ?? 0);
      }
    }
  }
  let direction = startVector(columns);
  let eigenvalue = 0;
  let iterations = 0;
  while (iterations < maximumIterations) {
    iterations += 1;
    const next = multiply(moment, direction);
    eigenvalue = Math.sqrt(dot(next, next));
    if (eigenvalue === 0) {
      throw new Error('Cannot find a principal component of an all-zero matrix');
    }
    next.forEach((value, index) => (next[index] = value / eigenvalue));
    const change = Math.sqrt(
      next.reduce((sum, value, index) => sum + (value - (direction[index] ?? 0)) ** 2, 0),
    );
    direction = next;
    if (change < tolerance) {
      break;
    }
  }
  return { direction: withCanonicalSign(direction), eigenvalue, iterations };
}

/** Returns a copy of `matrix` with every row's component along unit vector `direction` removed. */
export function projectOutComponent(matrix: RowMatrix, direction: Float64Array): RowMatrix {
  const { rows, columns } = matrix;
  const values = Float64Array.from(matrix.values);
  for (let row = 0; row < rows; row += 1) {
    const offset = row * columns;
    let projection = 0;
    for (let i = 0; i < columns; i += 1) {
      projection += (values[offset + i] ?? 0) * (direction[i] ?? 0);
    }
    for (let i = 0; i < columns; i += 1) {
      values[offset + i] = (values[offset + i] ?? 0) - projection * (direction[i] ?? 0);
    }
  }
  return { values, rows, columns };
}

const GOLDEN_RATIO = (1 + Math.sqrt(5)) / 2;

// A fixed but irregular start: the symmetric (1, …, 1) would be exactly orthogonal to
// antisymmetric components such as (1, -1) and never find them.
function startVector(size: number): Float64Array {
  const start = Float64Array.from({ length: size }, (_, index) => 1 + (((index + 1) * GOLDEN_RATIO) % 1));
  const length = Math.sqrt(dot(start, start));
  return start.map((value) => value / length);
}

function multiply(square: Float64Array, vector: Float64Array): Float64Array {
  const size = vector.length;
  const result = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = 0;
    for (let j = 0; j < size; j += 1) {
      sum += (square[i * size + j] ?? 0) * (vector[j] ?? 0);
    }
    result[i] = sum;
  }
  return result;
}

function dot(left: Float64Array, right: Float64Array): number {
  return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
}

// Power iteration can converge to either sign; fixing it keeps reports and tests stable.
function withCanonicalSign(direction: Float64Array): Float64Array {
  let largest = 0;
  for (const value of direction) {
    if (Math.abs(value) > Math.abs(largest)) {
      largest = value;
    }
  }
  return largest < 0 ? direction.map((value) => -value) : direction;
}
