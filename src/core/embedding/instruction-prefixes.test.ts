import { describe, expect, it } from 'vitest';
import { instructionPrefixes } from './instruction-prefixes.js';

describe('instructionPrefixes', () => {
  it('gives e5 models "query: " and "passage: "', () => {
    expect(instructionPrefixes('Xenova/e5-small-v2')).toEqual({ query: 'query: ', document: 'passage: ' });
    expect(instructionPrefixes('Xenova/multilingual-e5-base')).toEqual({ query: 'query: ', document: 'passage: ' });
  });

  it("gives English bge models the query instruction only", () => {
    const prefixes = instructionPrefixes('Xenova/bge-small-en-v1.5');
    expect(prefixes.query).toBe('Represent this sentence for searching relevant passages: ');
    expect(prefixes.document).toBe('');
  });

  it('gives nomic models their task prefixes', () => {
    expect(instructionPrefixes('nomic-ai/nomic-embed-text-v1.5')).toEqual({ query: 'search_query: ', document: 'search_document: ' });
  });

  it('gives the bundled model and MiniLM none', () => {
    expect(instructionPrefixes('article-qa/glove-sif-100d')).toEqual({ query: '', document: '' });
    expect(instructionPrefixes('Xenova/all-MiniLM-L6-v2')).toEqual({ query: '', document: '' });
  });
});
