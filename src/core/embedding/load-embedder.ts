import path from 'node:path';
import type { Logger } from 'pino';
import { ModelUnavailableError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { findModelDirectory } from './model-files.js';
import type { ModelSource } from './model-source.js';

/**
 * Loads the configured model. A word-vector model on disk (the bundled one) runs on its own
 * session, with transformers.js's tokenizer imported only if a word needs it
 * (word-vector-embedder.ts); any other model goes through transformers.js's feature-extraction
 * pipeline. Either module is imported here, on first use, so commands that never embed
 * (`--help`, bad input) do not pay for importing transformers.js and onnxruntime.
 */
export async function loadEmbedder(source: ModelSource, logger: Logger): Promise<Embedder> {
  const started = performance.now();
  const directory = findModelDirectory(source.modelId, source);
  const quantized = source.quantized ?? true;
  if (directory) {
    const { WordVectorEmbedder } = await import('./word-vector-embedder.js');
    const embedder = await WordVectorEmbedder.open(source.modelId, directory, quantized, async () => {
      const { loadWordEncoder } = await import('./transformers-embedder.js');
      logger.debug(
        { modelId: source.modelId },
        'loading the tokenizer library for a word a lookup cannot settle',
      );
      return loadWordEncoder(source);
    }).catch((error: unknown) => {
      // Not fatal: the pipeline below loads the same files and says clearly what is wrong.
      logger.debug({ err: error, modelId: source.modelId }, 'word-vector path unavailable');
      return undefined;
    });
    if (embedder) {
      logger.debug(
        {
          modelId: source.modelId,
          dimension: embedder.dimension,
          ms: Math.round(performance.now() - started),
        },
        'embedding model loaded (word vectors)',
      );
      return embedder;
    }
  }
  if (source.modelId.startsWith(PROJECT_MODELS)) throw missingProjectModel(source);
  const { TransformersEmbedder } = await import('./transformers-embedder.js');
  return TransformersEmbedder.load(source, logger);
}

/** The namespace of the models this project builds and ships (src/tools/build-model.ts): none is on the Hub. */
const PROJECT_MODELS = 'article-qa/';

/**
 * A model of the project's own is missing from the models folder: an install that lost it, or
 * a volume mounted over it. Asking the Hub for it (the fallback for other models) could only
 * fail, and the Hub's error would send the admin to download a model that is not there.
 */
function missingProjectModel(source: ModelSource): ModelUnavailableError {
  const expected = path.join(source.modelDir, source.modelId);
  return new ModelUnavailableError(
    source.modelId,
    `Embedding model "${source.modelId}" ships with article-qa, but ${expected} holds no config.json. ` +
      'Restore that folder from the project (git checkout embeddings/models, or reinstall), or point model.dir at the folder that holds it; ' +
      'a volume or bind mount over embeddings/ hides the bundled files.',
  );
}
