import { describe, expect, it } from 'vitest';
import { TermStatistics } from '../answer/term-statistics.js';
import type { Embedder } from '../embedding/embedder.js';
import { VectorCoverage } from './vector-coverage.js';

/** A word-vector model that knows a fixed vocabulary (unknown words embed to zero) and records its calls. */
class VocabularyEmbedder implements Embedder {
  readonly modelId = 'test/vocabulary';
  readonly fingerprint = 'vocabulary-v1';
  readonly dimension = 2;
  readonly calls: string[][] = [];

  constructor(
    private readonly known: ReadonlySet<string>,
    readonly hasUnknownWords = true,
  ) {}

  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedDocuments(texts);
  }

  async embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls.push([...texts]);
    return texts.map((text) => Float32Array.from(this.known.has(text.toLowerCase()) ? [1, 0] : [0, 0]));
  }
}

// "dyrrachium" is rare (1 passage of 100), "locat" common (50 of 100).
const statistics = TermStatistics.fromDocumentFrequencies(
  new Map([
    ['dyrrachium', 1],
    ['locat', 50],
  ]),
  100,
);

describe('VectorCoverage', () => {
  it('is the IDF-weighted share of the question the model knows', async () => {
    const coverage = new VectorCoverage(new VocabularyEmbedder(new Set(['located'])));
    const share = await coverage.of('Where was Dyrrachium located?', statistics);
    const [rare, common] = [statistics.idf('dyrrachium'), statistics.idf('locat')];
    expect(share).toBeCloseTo(common / (rare + common), 6);
    expect(share).toBeLessThan(0.3);
  });

  it('is 1 when the model knows every word, or the question has no content words', async () => {
    const coverage = new VectorCoverage(new VocabularyEmbedder(new Set(['dyrrachium', 'located'])));
    expect(await coverage.of('Where was Dyrrachium located?', statistics)).toBe(1);
    expect(await coverage.of('Where was it?', statistics)).toBe(1);
  });

  it('asks the model about each word once', async () => {
    const embedder = new VocabularyEmbedder(new Set(['located']));
    const coverage = new VectorCoverage(embedder);
    await coverage.of('Where was Dyrrachium located?', statistics);
    await coverage.of('Was Dyrrachium located there? Dyrrachium!', statistics);
    expect(embedder.calls).toEqual([['dyrrachium', 'located']]);
  });

  it('does not ask a model that knows every word (a subword model)', async () => {
    const embedder = new VocabularyEmbedder(new Set(), false);
    expect(await new VectorCoverage(embedder).of('Where was Dyrrachium located?', statistics)).toBe(1);
    expect(embedder.calls).toEqual([]);
  });
});
