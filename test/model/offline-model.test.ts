import { fileURLToPath } from 'node:url';
import { env, pipeline, type FeatureExtractionPipeline } from '@xenova/transformers';
import { beforeAll, describe, expect, it } from 'vitest';

const MODEL_ID = 'article-qa/glove-sif-100d';
const MODELS_DIRECTORY = fileURLToPath(new URL('../../embeddings/models/', import.meta.url));

/** Embeds texts and L2-normalises each row; all-zero rows (no known words) are returned as they are. */
async function embed(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array[]> {
  const output = await extractor(texts, { pooling: 'none' });
  const [count = 0, width = 0] = output.dims;
  const data = output.data as Float32Array;
  return Array.from({ length: count }, (_, index) => {
    const row = data.slice(index * width, (index + 1) * width);
    const length = Math.hypot(...row);
    // Callers must guard this case: dividing by a zero length would give NaN.
    return length === 0 ? row : row.map((value) => value / length);
  });
}

function cosine(left: Float32Array, right: Float32Array): number {
  return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
}

describe('offline default embedding model', () => {
  let extractor: FeatureExtractionPipeline;

  beforeAll(async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS_DIRECTORY;
    extractor = await pipeline('feature-extraction', MODEL_ID, { quantized: true });
  });

  it('returns one pooled 100-dimensional vector per text', async () => {
    const output = await extractor(['One sentence.', 'A second, longer sentence about the talks.'], {
      pooling: 'none',
    });
    expect(output.dims).toEqual([2, 100]);
    expect(output.type).toBe('float32');
  });

  it('puts paraphrases clearly closer than unrelated sentences', async () => {
    const [troops, soldiers, flour] = await embed(extractor, [
      'Russia amassed troops near the Ukrainian border.',
      "Moscow gathered soldiers close to Ukraine's frontier.",
      'The recipe needs two cups of flour.',
    ]);
    if (troops === undefined || soldiers === undefined || flour === undefined) {
      throw new Error('expected three embeddings');
    }
    const related = cosine(troops, soldiers);
    const unrelated = cosine(troops, flour);
    expect(related).toBeGreaterThan(0.5);
    expect(unrelated).toBeLessThan(0.3);
    expect(related - unrelated).toBeGreaterThan(0.4);
  });

  it('gives an all-zero vector for text without known words, which callers must guard', async () => {
    const output = await extractor(['qwxzv blorptang', ''], { pooling: 'none' });
    expect(output.dims).toEqual([2, 100]);
    expect(Array.from(output.data as Float32Array).every((value) => value === 0)).toBe(true);
  });
});
