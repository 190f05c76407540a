import { describe, expect, it } from 'vitest';
import { parseWinkEmbeddings } from './source-embeddings.js';

const sample = {
  precision: 8,
  words: ['the', ',', 'cat'],
  vectors: { the: [1, 2, 2.449, 0], ',': [0, 1, 1, 1], cat: [3, 4, 5, 2] },
  dimensions: 2,
};

describe('parseWinkEmbeddings', () => {
  it('exposes words in order and trims the trailing norm and index entries', () => {
    const source = parseWinkEmbeddings(JSON.stringify(sample));
    expect(source.words).toEqual(['the', ',', 'cat']);
    expect(source.dimensions).toBe(2);
    expect(source.vectorOf('cat')).toEqual([3, 4]);
  });

  it('returns undefined for missing words, including prototype member names', () => {
    const source = parseWinkEmbeddings(JSON.stringify(sample));
    expect(source.vectorOf('dog')).toBeUndefined();
    expect(source.vectorOf('constructor')).toBeUndefined();
  });

  it('rejects malformed sources and vectors', () => {
    expect(() => parseWinkEmbeddings('[]')).toThrow(/words/);
    expect(() => parseWinkEmbeddings(JSON.stringify({ ...sample, dimensions: 0 }))).toThrow(/dimensions/);
    const broken = parseWinkEmbeddings(JSON.stringify({ ...sample, vectors: { the: [1] } }));
    expect(() => broken.vectorOf('the')).toThrow(/at least 2/);
  });
});
