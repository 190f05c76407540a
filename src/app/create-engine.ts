import type { AppConfig } from '../config/schema.js';
import { loadAnswerResources } from '../core/answer/answer-resources.js';
import { QaEngine } from '../core/engine.js';
import { createAnswerGenerator } from './create-answer-generator.js';
import { loadEmbedder as loadModel } from '../core/embedding/load-embedder.js';
import type { Embedder } from '../core/embedding/embedder.js';
import { loadOrBuildIndex, type IndexRequest, type IndexResult } from '../core/index/build-index.js';
import type { Logger } from '../logging/logger.js';
import { unusableDirectoryError } from './directory-errors.js';

/** How the index folder is named in messages: the setting and where it can be changed. */
const INDEX_DIR_SETTING = 'index folder (--index-dir, ARTICLE_QA_INDEX_DIR)';

/** Optional hooks for the composition root's callers. */
export interface CreateEngineOptions {
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Supply a model instead of loading the configured one (tests, benchmarks). */
  embedder?: Embedder;
}

/** Loads the configured embedding model once. */
export function loadEmbedder(config: AppConfig, logger: Logger): Promise<Embedder> {
  return loadModel(
    {
      modelId: config.model.id,
      modelDir: config.model.dir,
      cacheDir: config.model.cacheDir,
      allowRemote: config.model.allowRemote,
      quantized: config.model.quantized,
      hubUrl: config.model.hubUrl,
    },
    logger,
  );
}

/** The index request for a config: shared by start-up and hot reload. */
export function indexRequest(config: AppConfig, embedder: Embedder, logger: Logger, options: CreateEngineOptions = {}): IndexRequest {
  return {
    corpusPath: config.corpus,
    indexDir: config.indexDir,
    embedder,
    chunking: config.chunking,
    hnsw: config.hnsw,
    logger,
    ...(options.force ? { force: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

/**
 * The composition root's core half: model, index (loaded or rebuilt) and engine, wired from
 * validated config. Adapters (CLI, Discord, HTTP) receive the engine and nothing else.
 */
export async function createEngine(
  config: AppConfig,
  logger: Logger,
  options: CreateEngineOptions = {},
): Promise<{ engine: QaEngine; indexResult: IndexResult; embedder: Embedder }> {
  // The answer model and lexicon are read while the embedding model loads.
  const resources = loadAnswerResources(config.model.dir);
  resources.catch(() => undefined);
  const embedder = options.embedder ?? (await loadEmbedder(config, logger));
  const indexResult = await loadOrBuildIndex(indexRequest(config, embedder, logger, options)).catch(
    (error: unknown) => {
      throw unusableDirectoryError(error, config.indexDir, INDEX_DIR_SETTING) ?? error;
    },
  );
  const engine = new QaEngine(
    indexResult.index,
    embedder,
    await resources,
    logger,
    {
      k: config.retrieval.k,
      maxQuestionChars: config.limits.questionMaxChars,
      fusion: config.retrieval,
      answer: config.answer,
    },
    createAnswerGenerator(config, logger),
  );
  return { engine, indexResult, embedder };
}
