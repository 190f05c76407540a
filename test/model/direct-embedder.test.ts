import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { loadEmbedder } from '../../src/core/embedding/load-embedder.js';
import { OnnxEmbedder } from '../../src/core/embedding/onnx-embedder.js';
import { TransformersEmbedder } from '../../src/core/embedding/transformers-embedder.js';
import { splitSentences } from '../../src/core/text/sentences.js';

const MODELS = fileURLToPath(new URL('../../embeddings/models/', import.meta.url));
const MODEL_ID = 'article-qa/glove-sif-100d';
const SOURCE = { modelId: MODEL_ID, modelDir: MODELS, cacheDir: '/nonexistent-cache', allowRemote: false };

describe('direct onnxruntime embedder', () => {
  let direct: OnnxEmbedder;
  let reference: TransformersEmbedder;

  beforeAll(async () => {
    const loaded = await OnnxEmbedder.load(MODEL_ID, `${MODELS}${MODEL_ID}`, { quantized: true });
    if (!loaded) throw new Error('the bundled model should load directly');
    direct = loaded;
    reference = await TransformersEmbedder.load(SOURCE, createSilentLogger());
  });

  it('is what loadEmbedder picks for the bundled model', async () => {
    expect(await loadEmbedder(SOURCE, createSilentLogger())).toBeInstanceOf(OnnxEmbedder);
  });

  it('gives bit-identical vectors and the same fingerprint as transformers.js', async () => {
    const article = readFileSync(
      fileURLToPath(new URL('../../corpus/geneva-talks-2022.txt', import.meta.url)),
      'utf8',
    );
    // Mixed lengths in one call: the direct embedder regroups texts by length, which must not matter.
    const texts = [
      article,
      ...splitSentences(article).map((sentence) => sentence.text),
      '',
      'qwxzv blorptang',
    ];
    const [fast, slow] = [await direct.embed(texts), await reference.embed(texts)];
    expect(direct.dimension).toBe(reference.dimension);
    expect(direct.fingerprint).toBe(reference.fingerprint);
    expect(fast).toHaveLength(texts.length);
    fast.forEach((vector, index) => expect(Array.from(vector)).toEqual(Array.from(slow[index] ?? [])));
  });

  it('returns the zero vector for text without known words', async () => {
    const [empty, unknown] = await direct.embed(['', 'qwxzv blorptang']);
    expect([...(empty ?? []), ...(unknown ?? [])].every((value) => value === 0)).toBe(true);
  });
});
