import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/schema.js';
import { answerModelFingerprint, loadAnswerResources, type AnswerResources } from '../core/answer/answer-resources.js';
import { QaEngine } from '../core/engine.js';
import { addedDocuments } from '../core/articles/article-documents.js';
import type { ArticleStore } from '../core/articles/article-store.js';
import { createAnswerGenerator } from './create-answer-generator.js';
import { loadEmbedder as loadModel } from '../core/embedding/load-embedder.js';
import type { Embedder } from '../core/embedding/embedder.js';
import { adoptArticleSource } from '../core/index/adopt-article-source.js';
import { loadOrBuildIndex, type IndexRequest, type IndexResult } from '../core/index/build-index.js';
import type { RetrievalIndex } from '../core/index/retrieval-index.js';
import type { Logger } from '../logging/logger.js';
import { unusableDirectoryError, unusableStateStoreError } from './directory-errors.js';
import { APP_VERSION } from './app-version.js';

/** How the index folder is named in messages: the setting and where it can be changed. */
export const INDEX_DIR_SETTING = 'index folder (--index-dir, ARTICLE_QA_INDEX_DIR)';
import { SqliteStateStore, STATE_FILE } from '../adapters/discord/state/sqlite-state-store.js';

/** Optional hooks for the composition root's callers. */
export interface CreateEngineOptions {
  force?: boolean;
  /** The caller lists skipped files itself (see IndexRequest). */
  reportsSkipped?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Supply a model instead of loading the configured one (tests, benchmarks). */
  embedder?: Embedder;
  /**
   * Where added articles are kept (the bot's state store). Without it, the state directory's
   * store is opened if it exists; with `false`, added articles are left out (benchmarks).
   */
  articles?: ArticleStore | false;
  /** The index already loaded, reused when the saved one has not changed (see IndexRequest). */
  current?: RetrievalIndex;
  /**
   * Refuse to change the added articles of an index built from another state folder (the CLI):
   * see IndexRequest.guardArticleSource. The bot leaves it unset: its state folder decides.
   */
  guardArticleSource?: boolean;
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

/** The store of added articles for a config: the one given, or the state directory's if it exists. */
export function articleStoreFor(config: AppConfig, articles: ArticleStore | false | undefined): ArticleStore | undefined {
  if (articles === false) return undefined;
  // Only commands that read open it here (the bot and add/remove pass their own): a state folder
  // or file they may not write is read as it is.
  return articles ?? openStateStore(config.stateDir, { existing: true, readOnly: true });
}

/**
 * Opens the state directory's store (with `existing`, only if its file is there; with `readOnly`,
 * read-only when this user may not write it: see SqliteStateStore.openExisting). A folder or a
 * file that cannot be used is the user's to fix: it becomes a user error naming it, not a bug.
 */
export function openStateStore(stateDir: string, options: { existing: true; readOnly?: boolean }): SqliteStateStore | undefined;
export function openStateStore(stateDir: string, options?: { existing?: false }): SqliteStateStore;
export function openStateStore(stateDir: string, options: { existing?: boolean; readOnly?: boolean } = {}): SqliteStateStore | undefined {
  try {
    const version = { version: APP_VERSION, ...(options.readOnly ? { readOnly: true } : {}) };
    return options.existing ? SqliteStateStore.openExisting(stateDir, version) : SqliteStateStore.open(stateDir, version);
  } catch (error) {
    throw unusableStateStoreError(error, stateDir, path.join(stateDir, STATE_FILE)) ?? error;
  }
}

/** The index request for a config: shared by start-up, hot reload and added articles. */
export function indexRequest(config: AppConfig, embedder: Embedder, logger: Logger, options: CreateEngineOptions = {}): IndexRequest {
  const store = articleStoreFor(config, options.articles);
  return {
    corpusPath: config.corpus,
    indexDir: config.indexDir,
    embedder,
    chunking: config.chunking,
    hnsw: config.hnsw,
    maxFileBytes: config.articles.corpusFileMaxBytes,
    logger,
    ...answerModelField(config),
    ...(store ? { addedDocuments: addedDocuments(store) } : {}),
    // Also without a state file yet: an index built from another folder's articles is not this one's.
    ...(options.articles === false ? {} : { articleSource: stateFolder(config.stateDir) }),
    ...(options.guardArticleSource ? { guardArticleSource: true } : {}),
    ...(options.force ? { force: true } : {}),
    ...(options.current ? { current: options.current } : {}),
    ...(options.reportsSkipped ? { reportsSkipped: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

/**
 * The state folder as recorded in the index: absolute, and through symbolic links when it exists,
 * so two paths to one folder are one source.
 */
export function stateFolder(stateDir: string): string {
  try {
    return realpathSync(stateDir);
  } catch {
    return path.resolve(stateDir);
  }
}

function answerModelField(config: AppConfig): { answerModelFingerprint?: string } {
  const fingerprint = answerModelFingerprint(config.model.dir);
  return fingerprint ? { answerModelFingerprint: fingerprint } : {};
}

/**
 * A new answer model needs no rebuild: it reads only features computed at question time, and a
 * model whose features or terms differ from this version's is refused when it loads. The change
 * is logged, since answers (and their confidence) will differ from before.
 */
function noteAnswerModel(index: RetrievalIndex, resources: AnswerResources, embedder: Embedder, logger: Logger): void {
  const recorded = index.manifest.answerModel?.fingerprint;
  if (recorded && recorded !== resources.model.fingerprint) {
    logger.info({ was: recorded.slice(0, 12), now: resources.model.fingerprint.slice(0, 12) }, 'answer model changed since the index was built: answers are re-ranked with the new model, the index is reused');
  }
  const trainedWith = resources.model.training.embeddingModel;
  if (typeof trainedWith === 'string' && trainedWith !== embedder.modelId) {
    logger.warn({ trainedWith, embeddingModel: embedder.modelId }, 'the answer model was trained on features from another embedding model: answers work, but confidence may be miscalibrated; consider answer.minConfidence');
  }
}

/** Builds an engine over an index with the configured options, answer resources and answer generator. */
export function engineFactory(
  config: AppConfig,
  embedder: Embedder,
  resources: AnswerResources,
  logger: Logger,
): (index: RetrievalIndex) => QaEngine {
  const generator = createAnswerGenerator(config, logger);
  const options = {
    k: config.retrieval.k,
    maxQuestionChars: config.limits.questionMaxChars,
    fusion: config.retrieval,
    answer: config.answer,
  };
  return (index) => new QaEngine(index, embedder, resources, logger, options, generator);
}

/**
 * The composition root's core half: model, index (loaded or rebuilt) and engine, wired from
 * validated config. Adapters (CLI, Discord, HTTP) receive the engine and nothing else.
 */
export async function createEngine(
  config: AppConfig,
  logger: Logger,
  options: CreateEngineOptions = {},
): Promise<{ engine: QaEngine; indexResult: IndexResult; embedder: Embedder; createEngineFor: (index: RetrievalIndex) => QaEngine }> {
  // The answer model and lexicon are read while the embedding model loads.
  const resources = loadAnswerResources(config.model.dir);
  resources.catch(() => undefined);
  const embedder = options.embedder ?? (await loadEmbedder(config, logger));
  const request = indexRequest(config, embedder, logger, options);
  // An index an earlier version built records the bot's folder, whose articles it holds, from now
  // on. Not a reading CLI command's: one run with a copy of that folder would claim the index.
  if (!options.guardArticleSource) await adoptArticleSource(request);
  const indexResult = await loadOrBuildIndex(request).catch(
    (error: unknown) => {
      throw unusableDirectoryError(error, config.indexDir, INDEX_DIR_SETTING) ?? error;
    },
  );
  const answerResources = await resources;
  noteAnswerModel(indexResult.index, answerResources, embedder, logger);
  const createEngineFor = engineFactory(config, embedder, answerResources, logger);
  return { engine: createEngineFor(indexResult.index), indexResult, embedder, createEngineFor };
}
