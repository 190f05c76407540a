import type { Logger } from 'pino';
import type { Embedder } from './embedder.js';
import type { ModelSource } from './transformers-embedder.js';

/**
 * Loads the configured model through transformers.js's feature-extraction pipeline. The module
 * is imported here, on first use, so commands that never embed (`--help`, bad input) do not pay
 * for importing transformers.js and onnxruntime.
 */
export async function loadEmbedder(source: ModelSource, logger: Logger): Promise<Embedder> {
  const { TransformersEmbedder } = await import('./transformers-embedder.js');
  return TransformersEmbedder.load(source, logger);
}
