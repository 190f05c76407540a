import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/app/create-engine.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Embedder } from '../../src/core/embedding/embedder.js';
import { createSilentLogger } from '../../src/logging/logger.js';

describe('the embedder at its own boundary: text with no tokens', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    const config = loadConfig({
      configFile: false,
      environment: {},
      overrides: { 'model.allowRemote': false },
    });
    embedder = await loadEmbedder(config, createSilentLogger());
  });

  it('embeds text of only zero-width or control characters as the zero vector, without calling the model', async () => {
    const [alone] = await embedder.embedDocuments(['\u200b\u200d']);
    expect(alone).toEqual(new Float32Array(embedder.dimension));
    const batch = await embedder.embedDocuments(['\u200b', '', '\u0007\u2060']);
    expect(batch).toHaveLength(3);
    for (const vector of batch) expect(vector.every((value) => value === 0)).toBe(true);
  });

  it('still embeds real text next to empty text, in input order', async () => {
    const [empty, words] = await embedder.embedDocuments(['\u200b', 'Talks in Geneva']);
    expect(empty?.every((value) => value === 0)).toBe(true);
    expect(Math.hypot(...(words ?? []))).toBeCloseTo(1, 5);
  });
});
