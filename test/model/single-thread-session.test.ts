import { fileURLToPath } from 'node:url';
import { env, pipeline, type FeatureExtractionPipeline } from '@xenova/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { onnxModelFile, runOnOneThread } from '../../src/core/embedding/single-thread-session.js';
import { TransformersEmbedder } from '../../src/core/embedding/transformers-embedder.js';
import { createSilentLogger } from '../../src/logging/logger.js';

const MODEL_ID = 'article-qa/glove-sif-100d';
const MODELS_DIRECTORY = fileURLToPath(new URL('../../embeddings/models/', import.meta.url));
const TEXTS = [
  'Russia amassed troops near the Ukrainian border.',
  'Wendy Sherman led the US delegation in Geneva on January 10, 2022.',
  'qwxzv blorptang',
];

describe('the word-vector model on a single-thread session', () => {
  let extractor: FeatureExtractionPipeline;

  beforeAll(async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS_DIRECTORY;
    extractor = await pipeline('feature-extraction', MODEL_ID, { quantized: true });
  });

  it('replaces the session transformers.js made and gives exactly the same vectors', async () => {
    const before = await extractor(TEXTS, { pooling: 'none' });
    const original = extractor.model.session as unknown;
    await runOnOneThread(extractor.model, onnxModelFile(`${MODELS_DIRECTORY}${MODEL_ID}`, true));
    expect(extractor.model.session).not.toBe(original);
    const after = await extractor(TEXTS, { pooling: 'none' });
    expect(after.dims).toEqual(before.dims);
    expect(Array.from(after.data as Float32Array)).toEqual(Array.from(before.data as Float32Array));
  });

  it('is what the loader gives the bundled word-vector model, whose graph pools', async () => {
    const embedder = await TransformersEmbedder.load(
      { modelId: MODEL_ID, modelDir: MODELS_DIRECTORY, cacheDir: MODELS_DIRECTORY, allowRemote: false },
      createSilentLogger(),
    );
    expect(embedder.runsOnOneThread).toBe(true);
    const [vector] = await embedder.embedDocuments(['Russia amassed troops near the Ukrainian border.']);
    const before = await extractor(['Russia amassed troops near the Ukrainian border.'], { pooling: 'none' });
    const row = Array.from(before.data as Float32Array);
    const length = Math.hypot(...row);
    // The same vector as the library's own session gives, normalised.
    expect(vector?.length).toBe(row.length);
    row.forEach((value, index) => expect(vector?.[index]).toBeCloseTo(value / length, 6));
  });

  it('names the file transformers.js itself loads for each setting', () => {
    expect(onnxModelFile('/models/m', true)).toBe('/models/m/onnx/model_quantized.onnx');
    expect(onnxModelFile('/models/m', false)).toBe('/models/m/onnx/model.onnx');
  });
});
