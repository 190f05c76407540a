import type { Logger } from 'pino';
import type { Embedder } from './embedder.js';
import { findModelDirectory } from './model-files.js';
import { OnnxEmbedder } from './onnx-embedder.js';
import type { ModelSource } from './transformers-embedder.js';

/**
 * Loads a model the fastest way that gives the same vectors: onnxruntime with our own tokenizer
 * for local WordPiece models (the bundled one), transformers.js for everything else. transformers.js
 * is imported only then, so the CLI and bot do not pay its import time.
 */
export async function loadEmbedder(source: ModelSource, logger: Logger): Promise<Embedder> {
  const started = performance.now();
  const directory = findModelDirectory(source.modelId, source);
  if (directory) {
    const direct = await OnnxEmbedder.load(source.modelId, directory, {
      quantized: source.quantized ?? true,
    }).catch((error: unknown) => {
      logger.debug(
        { err: error, modelId: source.modelId },
        'direct onnxruntime load failed; trying transformers.js',
      );
      return undefined;
    });
    if (direct) {
      logger.debug(
        { modelId: source.modelId, dimension: direct.dimension, ms: Math.round(performance.now() - started) },
        'embedding model loaded',
      );
      return direct;
    }
  }
  const { TransformersEmbedder } = await import('./transformers-embedder.js');
  return TransformersEmbedder.load(source, logger);
}
