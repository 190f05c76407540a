import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/** A fitted logistic regression on standardised features. */
export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  intercept: number;
  iterations: number;
  /** Mean log-loss on the training rows at the end. */
  logLoss: number;
}

/** Options of {@link fitLogistic}. */
export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept), in units of one row's log-loss. */
  l2: number;
  maxIterations: number;
  /** Stop when no weight moves more than this in one Newton step. */
  tolerance: number;
}

export const DEFAULT_LOGISTIC: LogisticOptions = { l2: 1, maxIterations: 50, tolerance: 1e-8 };

function standardise(rows: readonly ArrayLike<number>[], width: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(width).fill(0);
  const square = new Array<number>(width).fill(0);
  for (const row of rows) {
    for (let column = 0; column < width; column += 1) {
      const value = row[column] as number;
      mean[column] = (mean[column] as number) + value;
      square[column] = (square[column] as number) + value * value;
    }
  }
  const count = Math.max(1, rows.length);
  const scale = mean.map((sum, column) => {
    const average = sum / count;
    const variance = (square[column] as number) / count - average * average;
    // A constant feature keeps scale 1, so its weight stays 0 under the penalty.
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { mean: mean.map((sum) => sum / count), scale };
}

/**
 * Fits L2-regularised logistic regression by Newton's method (iteratively reweighted least
 * squares): deterministic, and exact to the tolerance in a few iterations, so the same rows
 * always give the same weights. ml-logistic-regression was not used: it runs fixed-step
 * gradient descent with neither an intercept nor a penalty, and would need hours on these rows.
 * The Newton system is solved with ml-matrix's Cholesky decomposition.
 */
export function fitLogistic(
  rows: readonly ArrayLike<number>[],
  labels: readonly number[],
  options: LogisticOptions = DEFAULT_LOGISTIC,
  /** Per-row weights (default 1), e.g. to give each training set the same say. */
  rowWeights?: readonly number[],
): LogisticFit {
  const width = rows[0]?.length ?? 0;
  const { mean, scale } = standardise(rows, width);
  const size = width + 1; // the intercept is the last coefficient
  const standardised = rows.map((row) => {
    const values = new Float64Array(size);
    for (let column = 0; column < width; column += 1) values[column] = ((row[column] as number) - (mean[column] as number)) / (scale[column] as number);
    values[width] = 1;
    return values;
  });
  let beta = new Float64Array(size);
  let iterations = 0;
  let logLoss = 0;
  for (; iterations < options.maxIterations; iterations += 1) {
    const gradient = new Float64Array(size);
    const hessian = Array.from({ length: size }, () => new Float64Array(size));
    logLoss = 0;
    standardised.forEach((x, index) => {
      let logit = 0;
      for (let column = 0; column < size; column += 1) logit += (beta[column] as number) * (x[column] as number);
      const probability = 1 / (1 + Math.exp(-logit));
      const label = labels[index] as number;
      const rowWeight = rowWeights?.[index] ?? 1;
      logLoss -= rowWeight * (label * Math.log(Math.max(probability, 1e-15)) + (1 - label) * Math.log(Math.max(1 - probability, 1e-15)));
      const residual = rowWeight * (probability - label);
      const weight = rowWeight * probability * (1 - probability);
      for (let row = 0; row < size; row += 1) {
        const xr = x[row] as number;
        gradient[row] = (gradient[row] as number) + residual * xr;
        const hessianRow = hessian[row] as Float64Array;
        for (let column = 0; column <= row; column += 1) hessianRow[column] = (hessianRow[column] as number) + weight * xr * (x[column] as number);
      }
    });
    for (let row = 0; row < size; row += 1) {
      const hessianRow = hessian[row] as Float64Array;
      for (let column = 0; column < row; column += 1) (hessian[column] as Float64Array)[row] = hessianRow[column] as number;
      if (row < width) {
        gradient[row] = (gradient[row] as number) + options.l2 * (beta[row] as number);
        hessianRow[row] = (hessianRow[row] as number) + options.l2;
      }
    }
    const step = new CholeskyDecomposition(new Matrix(hessian.map((row) => Array.from(row)))).solve(Matrix.columnVector(Array.from(gradient)));
    const next = beta.map((value, column) => value - step.get(column, 0));
    const moved = Math.max(...next.map((value, column) => Math.abs(value - (beta[column] as number))));
    beta = next;
    if (moved < options.tolerance) {
      iterations += 1;
      break;
    }
  }
  return { mean, scale, weights: Array.from(beta.slice(0, width)), intercept: beta[width] as number, iterations, logLoss: logLoss / Math.max(1, rows.length) };
}
