import { CholeskyDecomposition, Matrix } from 'ml-matrix';

/** One question's candidates for the ranker: standardised features, and which of them answer it. */
export interface RankingGroup {
  rows: readonly Float64Array[];
  labels: readonly number[];
  /** The question's say in the fit (each training set weighs the same in all). */
  weight: number;
}

/** A fitted ranker: a weight per standardised feature (no intercept: it would cancel within a question). */
export interface RankerFit {
  weights: number[];
  iterations: number;
  /** How many questions it was fitted on. */
  questions: number;
  /** Mean negative log-likelihood of the right answers per question, at the end. */
  logLoss: number;
}

/** Options of {@link fitRanker}. */
export interface RankerOptions {
  l2: number;
  maxIterations: number;
  /** Stop when no weight moves more than this in one step. */
  tolerance: number;
}

export const DEFAULT_RANKER: RankerOptions = { l2: 1, maxIterations: 100, tolerance: 1e-8 };

/** The objective and, when asked, its gradient and Hessian at `beta`. */
function evaluate(groups: readonly RankingGroup[], beta: Float64Array, l2: number, withDerivatives: boolean): { loss: number; gradient: Float64Array; hessian: Float64Array[] } {
  const width = beta.length;
  const gradient = new Float64Array(width);
  const hessian = withDerivatives ? Array.from({ length: width }, () => new Float64Array(width)) : [];
  let loss = 0;
  for (const group of groups) {
    const scores = group.rows.map((row) => {
      let score = 0;
      for (let column = 0; column < width; column += 1) score += (beta[column] as number) * (row[column] as number);
      return score;
    });
    const top = Math.max(...scores);
    const exponents = scores.map((score) => Math.exp(score - top));
    const total = exponents.reduce((sum, value) => sum + value, 0);
    const positives = group.labels.reduce((sum, label) => sum + label, 0);
    const expected = new Float64Array(width);
    group.rows.forEach((row, index) => {
      const probability = (exponents[index] as number) / total;
      const target = (group.labels[index] as number) / positives;
      if (target > 0) loss -= group.weight * target * ((scores[index] as number) - top - Math.log(total));
      if (!withDerivatives) return;
      const residual = group.weight * (probability - target);
      const curvature = group.weight * probability;
      for (let column = 0; column < width; column += 1) {
        const value = row[column] as number;
        gradient[column] = (gradient[column] as number) + residual * value;
        expected[column] = (expected[column] as number) + probability * value;
        const hessianRow = hessian[column] as Float64Array;
        for (let other = 0; other <= column; other += 1) hessianRow[other] = (hessianRow[other] as number) + curvature * value * (row[other] as number);
      }
    });
    if (withDerivatives) {
      for (let column = 0; column < width; column += 1) {
        const hessianRow = hessian[column] as Float64Array;
        for (let other = 0; other <= column; other += 1) hessianRow[other] = (hessianRow[other] as number) - group.weight * (expected[column] as number) * (expected[other] as number);
      }
    }
  }
  for (let column = 0; column < width; column += 1) {
    loss += 0.5 * l2 * (beta[column] as number) ** 2;
    if (!withDerivatives) continue;
    gradient[column] = (gradient[column] as number) + l2 * (beta[column] as number);
    const hessianRow = hessian[column] as Float64Array;
    hessianRow[column] = (hessianRow[column] as number) + l2;
    for (let other = 0; other < column; other += 1) (hessian[other] as Float64Array)[column] = hessianRow[other] as number;
  }
  return { loss, gradient, hessian };
}

/**
 * Fits a listwise ranker (a conditional logit): for each answerable question, a softmax over its
 * candidates' scores, trained to put the probability on the sentences that answer it. Where the
 * answer model's logistic regression learns whether each sentence answers at all, this learns
 * which of one question's sentences answers best, so features that are the same for every
 * candidate of a question (what it asks, how long it is) drop out and the rest are weighed for
 * telling candidates apart. Newton's method with a halving line search: the objective is convex,
 * and the same groups always give the same weights.
 */
export function fitRanker(groups: readonly RankingGroup[], width: number, options: RankerOptions = DEFAULT_RANKER): RankerFit {
  let beta = new Float64Array(width);
  let current = evaluate(groups, beta, options.l2, true);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations += 1) {
    const step = new CholeskyDecomposition(new Matrix(current.hessian.map((row) => Array.from(row)))).solve(Matrix.columnVector(Array.from(current.gradient)));
    let size = 1;
    let next = beta;
    let nextLoss = current.loss;
    // Halve the step until the objective falls: a full Newton step can overshoot far from the optimum.
    for (let halvings = 0; halvings < 30; halvings += 1) {
      next = beta.map((value, column) => value - size * step.get(column, 0));
      nextLoss = evaluate(groups, next, options.l2, false).loss;
      if (nextLoss <= current.loss) break;
      size /= 2;
    }
    // No step along Newton's direction lowers the objective: beta is the optimum to rounding.
    if (nextLoss > current.loss) {
      iterations += 1;
      break;
    }
    const moved = Math.max(...next.map((value, column) => Math.abs(value - (beta[column] as number))));
    beta = next;
    if (moved < options.tolerance) {
      iterations += 1;
      break;
    }
    current = evaluate(groups, beta, options.l2, true);
  }
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  const { loss } = evaluate(groups, beta, 0, false);
  return { weights: Array.from(beta), iterations, questions: groups.length, logLoss: totalWeight > 0 ? loss / totalWeight : 0 };
}
