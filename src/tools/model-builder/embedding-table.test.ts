import { describe, expect, it } from 'vitest';
import { buildEmbeddingTable } from './embedding-table.js';
import { dequantiseRow } from './quantisation.js';
import { parseWinkEmbeddings } from './source-embeddings.js';

// A toy source: a shared "common" axis (first component) that every word leans on, plus topic axes.
const source = parseWinkEmbeddings(
  JSON.stringify({
    dimensions: 3,
    words: ['the', ',', 'u.s.', 'war', 'troops', 'flour'],
    vectors: {
      the: [5, 0.2, 0.1, 0, 0],
      ',': [4, -0.1, 0.2, 0, 0],
      'u.s.': [1, 1, 1, 0, 0],
      war: [3, 2, 0.1, 0, 0],
      troops: [3, 2.2, -0.1, 0, 0],
      flour: [3, 0.1, 2, 0, 0],
    },
  }),
);

describe('buildEmbeddingTable', () => {
  const recipe = { vocabularySize: 4, sifSmoothing: 0.05, zipfOffset: 2.7 };
  const table = buildEmbeddingTable(source, recipe);

  it('keeps producible words after five zero special rows', () => {
    expect(table.words).toEqual(['the', ',', 'war', 'troops']);
    expect(table.quantised.rows).toBe(9);
    expect(table.lastSourceRank).toBe(5);
    for (let row = 0; row < 5; row += 1) {
      expect([...dequantiseRow(table.quantised, row)]).toEqual([0, 0, 0]);
    }
  });

  it('down-weights frequent words and removes the shared axis', () => {
    const the = dequantiseRow(table.quantised, 5);
    const war = dequantiseRow(table.quantised, 7);
    expect(Math.hypot(...the)).toBeLessThan(Math.hypot(...war));
    const troops = dequantiseRow(table.quantised, 8);
    const cosine = (a: Float32Array, b: Float32Array) =>
      a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0) /
      (Math.hypot(...a) * Math.hypot(...b));
    expect(cosine(war, troops)).toBeGreaterThan(0.9);
  });

  it('is deterministic', () => {
    const again = buildEmbeddingTable(source, recipe);
    expect(Buffer.from(again.quantised.table.buffer)).toEqual(Buffer.from(table.quantised.table.buffer));
    expect([...again.quantised.scales]).toEqual([...table.quantised.scales]);
  });

  it('fails loudly when a chosen word has no vector', () => {
    const broken = parseWinkEmbeddings(JSON.stringify({ dimensions: 1, words: ['a'], vectors: {} }));
    expect(() => buildEmbeddingTable(broken, recipe)).toThrow(/no vector/);
  });
});
