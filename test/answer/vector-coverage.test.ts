import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('retrieval leans on keywords for words the model does not know (bundled model and article)', () => {
  let engine: QaEngine;
  let cleanup = (): void => undefined;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('sees all of a question in plain words, and only part of one about "Ryabkov"', async () => {
    // Found by a probe at load: a made-up word embeds to zero with this word-vector model.
    expect(engine.embedder.hasUnknownWords).toBe(true);
    const plain = await engine.retriever.retrieve('Who led the US delegation?', 3);
    expect(plain.question.vectorCoverage).toBe(1);
    const name = await engine.retriever.retrieve('What did Ryabkov say about the differences?', 3);
    // "Ryabkov" is not among the model's 50,000 words and is the question's rarest term.
    expect(name.question.vectorCoverage).toBeGreaterThan(0);
    expect(name.question.vectorCoverage).toBeLessThan(0.6);
    expect(name.results[0]?.passage.text).toContain('Ryabkov said');
  });

  it('leaves keyword-only and vector-only comparisons untouched', async () => {
    const keyword = await engine.retriever.retrieve('What did Ryabkov say?', 3, 'keyword');
    expect(keyword.question.vectorCoverage).toBe(1);
  });
});
