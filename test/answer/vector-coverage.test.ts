import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswerResources } from '../../src/core/answer/answer-resources.js';
import type { QaEngine } from '../../src/core/engine.js';
import { CandidateFinder } from '../../src/core/retrieval/candidate-finder.js';
import { HybridRetriever } from '../../src/core/retrieval/hybrid-retriever.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { PROJECT_ROOT } from '../support/temporary-corpus.js';
import path from 'node:path';

describe('retrieval leans on keywords for words the model does not know (bundled model and article)', () => {
  let engine: QaEngine;
  let retriever: HybridRetriever;
  let cleanup = (): void => undefined;
  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
    // The retriever the engine builds, from its public parts: the engine's index, model and options.
    const resources = await loadAnswerResources(path.join(PROJECT_ROOT, 'embeddings', 'models'));
    const finder = new CandidateFinder(engine.index, engine.embedder, resources.lexicon, engine.options.fusion);
    retriever = new HybridRetriever(finder, resources.model);
  });
  afterAll(() => cleanup());

  it('sees all of a question in plain words, and only part of one about "Ryabkov"', async () => {
    // Found by a probe at load: a made-up word embeds to zero with this word-vector model.
    expect(engine.embedder.hasUnknownWords).toBe(true);
    const plain = await retriever.retrieve('Who led the US delegation?', 3);
    expect(plain.question.vectorCoverage).toBe(1);
    const name = await retriever.retrieve('What did Ryabkov say about the differences?', 3);
    // "Ryabkov" is not among the model's 50,000 words and is the question's rarest term.
    expect(name.question.vectorCoverage).toBeGreaterThan(0);
    expect(name.question.vectorCoverage).toBeLessThan(0.6);
    expect(name.results[0]?.passage.text).toContain('Ryabkov said');
  });

  it('leaves keyword-only and vector-only comparisons untouched', async () => {
    const keyword = await retriever.retrieve('What did Ryabkov say?', 3, 'keyword');
    expect(keyword.question.vectorCoverage).toBe(1);
  });
});
