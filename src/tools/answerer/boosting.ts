/**
 * Gradient-boosted decision trees for binary classification (logistic loss, Newton leaf values),
 * on histograms of quantile bins: the learner behind XGBoost and LightGBM, small enough to keep
 * here. Deterministic (no sampling), so the same rows always give the same trees.
 */

/** One tree as arrays: node i splits on `feature[i]` at `threshold[i]` (go left when value ≤ threshold), or is a leaf when `feature[i]` is -1. */
export interface BoostedTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface BoostingOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Smallest hessian sum (about p(1-p) times rows) a leaf may have. */
  minChildWeight: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  bins: number;
}

export const DEFAULT_BOOSTING: BoostingOptions = { trees: 150, depth: 3, learningRate: 0.1, minChildWeight: 20, lambda: 1, bins: 64 };

export interface BoostingFit {
  base: number;
  trees: BoostedTree[];
}

/** Bin edges per feature: up to `bins - 1` distinct quantiles of its values. */
function binEdges(rows: readonly ArrayLike<number>[], column: number, bins: number): number[] {
  const values = Float64Array.from(rows, (row) => row[column] as number).sort();
  const edges: number[] = [];
  for (let bin = 1; bin < bins; bin += 1) {
    const value = values[Math.floor((bin * values.length) / bins)] as number;
    if (edges.length === 0 || value > (edges[edges.length - 1] as number)) edges.push(value);
  }
  // The last edge would send everything left; splits are "≤ edge".
  if (edges.length > 0 && edges[edges.length - 1] === values[values.length - 1]) edges.pop();
  return edges;
}

function binOf(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (value <= (edges[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Fits boosted trees to rows and 0/1 labels, with optional per-row weights. */
export function fitBoosting(rows: readonly ArrayLike<number>[], labels: readonly number[], options: BoostingOptions = DEFAULT_BOOSTING, rowWeights?: readonly number[]): BoostingFit {
  const count = rows.length;
  const width = rows[0]?.length ?? 0;
  const edges = Array.from({ length: width }, (_, column) => binEdges(rows, column, options.bins));
  const binned = Array.from({ length: width }, (_, column) => Uint8Array.from(rows, (row) => binOf(edges[column] as number[], row[column] as number)));
  const weights = Float64Array.from({ length: count }, (_, index) => rowWeights?.[index] ?? 1);
  let positive = 0;
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    positive += (weights[index] as number) * (labels[index] as number);
    total += weights[index] as number;
  }
  const base = Math.log(Math.max(positive, 1e-9) / Math.max(total - positive, 1e-9));
  const margin = new Float64Array(count).fill(base);
  const gradient = new Float64Array(count);
  const hessian = new Float64Array(count);
  const trees: BoostedTree[] = [];
  for (let round = 0; round < options.trees; round += 1) {
    for (let index = 0; index < count; index += 1) {
      const probability = 1 / (1 + Math.exp(-(margin[index] as number)));
      const weight = weights[index] as number;
      gradient[index] = weight * (probability - (labels[index] as number));
      hessian[index] = weight * Math.max(probability * (1 - probability), 1e-12);
    }
    const tree = growTree(binned, edges, gradient, hessian, options);
    trees.push(tree);
    for (let index = 0; index < count; index += 1) margin[index] = (margin[index] as number) + predictTree(tree, rows[index] as ArrayLike<number>);
  }
  return { base, trees };
}

/** A tree's output for one row. */
export function predictTree(tree: BoostedTree, row: ArrayLike<number>): number {
  let node = 0;
  while ((tree.feature[node] as number) >= 0) {
    node = (row[tree.feature[node] as number] as number) <= (tree.threshold[node] as number) ? (tree.left[node] as number) : (tree.right[node] as number);
  }
  return tree.value[node] as number;
}

function growTree(binned: readonly Uint8Array[], edges: readonly number[][], gradient: Float64Array, hessian: Float64Array, options: BoostingOptions): BoostedTree {
  const tree: BoostedTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const all = Uint32Array.from({ length: gradient.length }, (_, index) => index);
  const leafValue = (g: number, h: number): number => (-g / (h + options.lambda)) * options.learningRate;
  const addNode = (): number => {
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(0);
    return tree.feature.length - 1;
  };
  const grow = (node: number, members: Uint32Array, depth: number): void => {
    let g = 0;
    let h = 0;
    for (const index of members) {
      g += gradient[index] as number;
      h += hessian[index] as number;
    }
    tree.value[node] = leafValue(g, h);
    if (depth >= options.depth) return;
    const parentScore = (g * g) / (h + options.lambda);
    let best = { gain: 1e-9, feature: -1, bin: 0 };
    binned.forEach((bins, feature) => {
      const size = (edges[feature] as number[]).length + 1;
      if (size < 2) return;
      const gradientSums = new Float64Array(size);
      const hessianSums = new Float64Array(size);
      for (const index of members) {
        const bin = bins[index] as number;
        gradientSums[bin] = (gradientSums[bin] as number) + (gradient[index] as number);
        hessianSums[bin] = (hessianSums[bin] as number) + (hessian[index] as number);
      }
      let leftG = 0;
      let leftH = 0;
      for (let bin = 0; bin < size - 1; bin += 1) {
        leftG += gradientSums[bin] as number;
        leftH += hessianSums[bin] as number;
        const rightG = g - leftG;
        const rightH = h - leftH;
        if (leftH < options.minChildWeight || rightH < options.minChildWeight) continue;
        const gain = (leftG * leftG) / (leftH + options.lambda) + (rightG * rightG) / (rightH + options.lambda) - parentScore;
        if (gain > best.gain) best = { gain, feature, bin };
      }
    });
    if (best.feature < 0) return;
    const bins = binned[best.feature] as Uint8Array;
    const leftMembers = members.filter((index) => (bins[index] as number) <= best.bin);
    const rightMembers = members.filter((index) => (bins[index] as number) > best.bin);
    tree.feature[node] = best.feature;
    tree.threshold[node] = (edges[best.feature] as number[])[best.bin] as number;
    const left = addNode();
    const right = addNode();
    tree.left[node] = left;
    tree.right[node] = right;
    grow(left, leftMembers, depth + 1);
    grow(right, rightMembers, depth + 1);
  };
  grow(addNode(), all, 0);
  return tree;
}
