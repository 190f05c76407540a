import { describe, expect, it } from 'vitest';
import {
  centrality,
  DIRECTED_CENTRALITY,
  rescale,
  similarityMatrix,
  type SimilarityMatrix,
} from './sentence-graph.js';

/** A matrix from explicit similarities, for graphs whose shape the test controls. */
function matrix(rows: number[][]): SimilarityMatrix {
  return { size: rows.length, get: (row, column) => rows[row]?.[column] ?? 0 };
}

const unit = (...values: number[]): Float32Array => {
  const length = Math.hypot(...values);
  return Float32Array.from(values.map((value) => (length === 0 ? 0 : value / length)));
};

describe('similarityMatrix', () => {
  it('is symmetric with ones on the diagonal, and zero for the zero vector', () => {
    const similarities = similarityMatrix([unit(1, 0), unit(1, 1), unit(0, 0)]);
    expect(similarities.size).toBe(3);
    expect(similarities.get(0, 0)).toBe(1);
    expect(similarities.get(0, 1)).toBeCloseTo(Math.SQRT1_2, 5);
    expect(similarities.get(1, 0)).toBe(similarities.get(0, 1));
    expect(similarities.get(2, 1)).toBe(0);
  });
});

describe('centrality', () => {
  // Sentences 0 and 2 are alike; 1 and 3 are unrelated to everything.
  const graph = matrix([
    [1, 0, 0.9, 0],
    [0, 1, 0, 0],
    [0.9, 0, 1, 0],
    [0, 0, 0, 1],
  ]);

  it('favours the sentence that later ones develop over the one that repeats it', () => {
    const scores = centrality(graph, DIRECTED_CENTRALITY);
    expect(scores[0]).toBeGreaterThan(scores[2] ?? 0);
    expect(scores[2]).toBeLessThan(0);
  });

  it('counts edges both ways alike when both weights are 1', () => {
    const scores = centrality(graph, { forwardWeight: 1, backwardWeight: 1, threshold: 0.3 });
    expect(scores[0]).toBeCloseTo(scores[2] ?? 0, 10);
  });

  it('does not penalise a section opening for taking up the lead', () => {
    const scores = centrality(graph, DIRECTED_CENTRALITY, { sections: [0, 0, 1, 1] });
    expect(scores[2]).toBe(0);
  });

  it('lets a concluding sentence gain from gathering up what came before', () => {
    const scores = centrality(graph, DIRECTED_CENTRALITY, { concluding: [false, false, true, false] });
    expect(scores[2]).toBeGreaterThan(0);
  });
});

describe('rescale', () => {
  it('maps onto 0–1, and equal values onto zeros', () => {
    expect(rescale([2, 4, 3])).toEqual([0, 1, 0.5]);
    expect(rescale([5, 5])).toEqual([0, 0]);
  });
});
