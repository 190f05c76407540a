import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { KeywordIndex } from '../../src/core/index/keyword-index.js';
import type { RetrievalIndex } from '../../src/core/index/retrieval-index.js';
import { bundledEngine } from '../support/bundled-engine.js';

/** The same index as a new generation, with its own keyword database (as a reload loads it). */
const reloaded = (index: RetrievalIndex, generation: string): RetrievalIndex => ({
  ...index,
  manifest: { ...index.manifest, generation },
  keywords: KeywordIndex.deserialize(index.keywords.serialize()),
});

describe('QaEngine over a swapped index (bundled model and article)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('reports what it answers from: documents, passages, model, build time, answer mode', () => {
    const about = engine.about();
    expect(about.documents.map((document) => document.title)).toEqual(engine.index.documents.map((document) => document.title));
    expect(about.passages).toBe(engine.index.passages.length);
    expect(about.embeddingModel).toBe(engine.index.manifest.model.id);
    expect(about.builtAt).toBe(engine.index.manifest.builtAt);
    expect(about.answerMode).toEqual({ mode: 'extractive' });
    expect(engine.articles().map((article) => article.docId)).toEqual(about.documents.map((document) => document.id));
  });

  it('finishes a question on the index it started with, then closes that index; close() frees the current one', async () => {
    const before = engine.index;
    const inFlight = engine.ask('Who led the US delegation?');
    engine.replaceIndex(reloaded(before, 'next'));
    expect(before.keywords.isOpen).toBe(true);
    expect((await inFlight).answer).toContain('Sherman');
    expect(before.keywords.isOpen).toBe(false);
    // Questions after the swap read the new index.
    expect((await engine.ask('Who led the US delegation?')).answer).toContain('Sherman');
    const current = engine.index;
    engine.close();
    expect(current.keywords.isOpen).toBe(false);
  });
});
