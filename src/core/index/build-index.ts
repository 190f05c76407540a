import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { chunkDocument, type ChunkingOptions } from '../corpus/chunk-passages.js';
import type { Passage } from '../corpus/types.js';
import { emptyCorpusError, listCorpusFiles, loadCorpus, type CorpusListing, type LoadOptions } from '../corpus/load-corpus.js';
import { forEachEmbeddedBatch, type Embedder } from '../embedding/embedder.js';
import type { SkippedInput } from '../ingest/types.js';
import { newArticles, selectAdded, type AddedDocument, type AddedSelection } from './added-articles.js';
import { checkArticleSource } from './article-source.js';
import { temporaryPath } from './atomic-files.js';
import { IndexCorruptError, IndexFormatError, rewriteManifest, loadIndex, readManifest, removeOldGenerations, saveIndex } from './index-files.js';
import { withBuildLock } from './build-lock.js';
import { removeStaleTemporaryFiles } from './stale-files.js';
import { KEYWORD_INDEX_VERSION, KeywordIndex } from './keyword-index.js';
import { SCHEMA_VERSION, staleReasons, type IndexManifest } from './manifest.js';
import type { RetrievalIndex } from './retrieval-index.js';
import { VectorIndex, type HnswParameters } from './vector-index.js';

export type { AddedDocument } from './added-articles.js';

/** What to index and how. */
export interface IndexRequest {
  corpusPath: string;
  indexDir: string;
  embedder: Embedder;
  chunking: ChunkingOptions;
  hnsw: HnswParameters;
  /** Largest corpus file read (larger ones are reported as too large). */
  maxFileBytes?: number;
  /** The added articles, in the order they were added; indexed after the corpus. */
  addedDocuments?: () => Promise<AddedDocument[]>;
  /** The state folder the added articles come from (absolute), recorded in the manifest. */
  articleSource?: string;
  /**
   * Refuse (ArticleSourceConflictError) to rebuild or append when that would change the added
   * articles of an index built from another state folder: the CLI, which may be run with another
   * ARTICLE_QA_STATE_DIR than the bot's. Without it (the bot, whose state folder decides what it
   * answers) or with `force`, the write goes on with a warning.
   */
  guardArticleSource?: boolean;
  /** Rebuild even when the saved index is current. */
  force?: boolean;
  /**
   * The index already loaded (the bot's, on a hot-reload check): when the saved one is still
   * the same generation and current, it is returned as it is instead of read and checked again.
   */
  current?: RetrievalIndex;
  /** The caller shows the skipped files itself (the CLI's `index`): they are logged at info, not warned twice. */
  reportsSkipped?: boolean;
  /**
   * The answer model's fingerprint, recorded in the manifest. A different one later does not
   * rebuild: the model only reads features computed at question time (see create-engine.ts).
   */
  answerModelFingerprint?: string;
  logger: Logger;
  /** Called as passages are embedded, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The loaded index and how it was obtained. */
export interface IndexResult {
  index: RetrievalIndex;
  /** True when a new generation was written (a full build, or added articles appended). */
  rebuilt: boolean;
  /** Added articles appended to the saved index without rebuilding it. */
  appended: number;
  /** Why it was rebuilt, for logs. */
  reasons: string[];
  /** Corpus files that yield no passages, with the reason (also when the index was reused). */
  skipped: SkippedInput[];
}

type CorpusFiles = IndexManifest['corpus']['files'];
interface CurrentInputs {
  root: string;
  files: CorpusFiles;
  added: AddedDocument[];
  /** The listing `files` came from: a build reads exactly these files, without listing again. */
  listing: CorpusListing;
}

async function currentInputs(request: IndexRequest): Promise<CurrentInputs> {
  const listing = await listCorpusFiles(request.corpusPath, request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes });
  // Skipped files count too: replacing an image by a text file must be noticed.
  const files = [
    ...listing.files.map((file) => ({ path: file.path, size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs })),
    ...listing.skipped.map((item) => ({ path: `skipped:${item.path}:${item.reason}`, size: 0, mtimeMs: 0, ctimeMs: 0 })),
  ];
  return { root: listing.root, files, added: (await request.addedDocuments?.()) ?? [], listing };
}

/** How the corpus is read: the size limit, and the listing already made. */
function readOptions(request: IndexRequest, inputs: CurrentInputs): LoadOptions {
  return { ...(request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes }), listing: inputs.listing };
}

/**
 * Whether two listings have the same files with the same size and times. The ctime catches an
 * edit that kept the size and modification time (`cp -p`, `rsync -a`, `touch -r`); a ctime that
 * changed alone (a chmod, a new hard link) only costs one read of the corpus, which finds the
 * content the same and records the new times. An entry without a ctime (an index from before it
 * was recorded) never matches, so such an index is checked by content once, not rebuilt.
 */
function sameFiles(a: CorpusFiles, b: CorpusFiles): boolean {
  return (
    a.length === b.length &&
    a.every((file, i) => file.path === b[i]?.path && file.size === b[i]?.size && file.mtimeMs === b[i]?.mtimeMs && file.ctimeMs === b[i]?.ctimeMs)
  );
}

/** From this many passages the vector graph is built on a worker thread; below, starting one costs more than it saves. */
const PARALLEL_BUILD_PASSAGES = 2_000;

/**
 * Embeds the passages and builds both indexes. On large corpora the HNSW graph grows on a worker
 * thread, batch by batch as vectors arrive, while this thread embeds the next batch and then
 * builds the keyword index: the two slowest steps run on both cores.
 */
async function buildIndexes(request: IndexRequest, passages: readonly Passage[]): Promise<{ vectors: VectorIndex; keywords: KeywordIndex }> {
  const { embedder } = request;
  const parallel = passages.length >= PARALLEL_BUILD_PASSAGES;
  const scratchFile = temporaryPath(path.join(request.indexDir, 'vectors.hnsw'));
  const vectorBuilder = VectorIndex.startBuild(embedder.dimension, passages.length, request.hnsw, parallel ? { scratchFile } : {});
  try {
    await forEachEmbeddedBatch(embedder, passages.map((passage) => passage.text), (batch) => vectorBuilder.add(batch), {
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    const keywords = KeywordIndex.build(passages);
    return { vectors: await vectorBuilder.finish(), keywords };
  } catch (error) {
    await vectorBuilder.abort();
    throw error;
  }
}

function manifestFields(request: IndexRequest, started: number): Omit<IndexManifest, 'generation' | 'files' | 'corpus' | 'articles'> {
  const { embedder, chunking, hnsw } = request;
  return {
    schemaVersion: SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
    model: { id: embedder.modelId, fingerprint: embedder.fingerprint, dimension: embedder.dimension },
    chunking: { ...chunking },
    hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction, randomSeed: hnsw.randomSeed },
    keywordIndexVersion: KEYWORD_INDEX_VERSION,
    ...(request.articleSource ? { articleSource: request.articleSource } : {}),
    ...(request.answerModelFingerprint ? { answerModel: { fingerprint: request.answerModelFingerprint } } : {}),
  };
}

/** Writes a generation and drops all but it and the one before (a reader may still use that). */
async function publish(request: IndexRequest, content: Omit<RetrievalIndex, 'manifest'>, manifest: Omit<IndexManifest, 'generation' | 'files'>): Promise<RetrievalIndex> {
  const previous = await readManifest(request.indexDir).catch(() => undefined);
  const saved = await saveIndex(request.indexDir, content, manifest);
  await removeOldGenerations(request.indexDir, [saved.generation, ...(previous ? [previous.generation] : [])]);
  return { manifest: saved, ...content };
}

/**
 * Builds every part of the index from the corpus and the added articles, and publishes it
 * atomically. A corpus that yields no passages at all is a CorpusError (the user's to fix),
 * never an empty index.
 */
async function build(request: IndexRequest, inputs: CurrentInputs): Promise<{ index: RetrievalIndex; skipped: SkippedInput[] }> {
  const started = performance.now();
  const corpus = await loadCorpus(request.corpusPath, readOptions(request, inputs));
  const added = selectAdded(inputs.added, corpus.documents);
  const skipped = [...corpus.skipped, ...added.skipped];
  const documents = [...corpus.documents, ...added.documents];
  const passages = documents.flatMap((document) => chunkDocument(document, request.chunking));
  if (passages.length === 0) throw emptyCorpusError(corpus.root, skipped);
  const { vectors, keywords } = await buildIndexes(request, passages);
  const index = await publish(request, { documents, passages, vectors, keywords }, {
    ...manifestFields(request, started),
    corpus: { root: corpus.root, contentHash: corpus.contentHash, files: inputs.files, documents: corpus.documents.length, passages: passages.length, skipped },
    articles: added.recorded,
  });
  return { index, skipped };
}

/**
 * Adds articles to a loaded index without rebuilding it: only their passages are embedded,
 * linked into the vector graph and added to the keyword index, and a new generation is
 * published. An article whose id a document of the index already has is set aside and
 * reported, as a full build does. `index` must be a private copy (freshly loaded), since it is
 * changed in place.
 */
async function append(request: IndexRequest, index: RetrievalIndex, fresh: readonly AddedDocument[]): Promise<{ index: RetrievalIndex; added: AddedSelection }> {
  const started = performance.now();
  const added = selectAdded(fresh, index.documents);
  const { documents } = added;
  const firstOrdinal = index.passages.length;
  const passages = documents.flatMap((document) => chunkDocument(document, request.chunking));
  await forEachEmbeddedBatch(request.embedder, passages.map((passage) => passage.text), (batch) => index.vectors.append(batch), {
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  index.keywords.append(passages);
  const { manifest } = index;
  const allPassages = [...index.passages, ...passages];
  const published = await publish(request, { documents: [...index.documents, ...documents], passages: allPassages, vectors: index.vectors, keywords: index.keywords }, {
    ...manifestFields(request, started),
    corpus: { ...manifest.corpus, passages: firstOrdinal + passages.length, skipped: [...manifest.corpus.skipped, ...added.skipped] },
    articles: [...manifest.articles, ...added.recorded],
  });
  return { index: published, added };
}

/** What to do with a saved index: use it, append added articles to it, or rebuild (with reasons). */
type SavedPlan =
  | {
      action: 'use' | 'append';
      append: AddedDocument[];
      manifest: IndexManifest;
      /** The corpus files' sizes and times changed but not what they hold (a touch, a copy back): record the new ones. */
      refreshFiles: boolean;
    }
  | { action: 'rebuild'; reasons: string[] };

/**
 * Why the saved index cannot be used as is. Reads the corpus only when file sizes or times
 * changed, so an unchanged corpus costs one `stat` per file. Added articles that are new since
 * the index was built, after all the ones it holds, are appended instead of rebuilding.
 */
async function planSaved(request: IndexRequest, manifest: IndexManifest, current: CurrentInputs): Promise<SavedPlan> {
  const { embedder } = request;
  const reasons = staleReasons(manifest, {
    model: { id: embedder.modelId, fingerprint: embedder.fingerprint, dimension: embedder.dimension },
    chunking: request.chunking,
    hnsw: request.hnsw,
    keywordIndexVersion: KEYWORD_INDEX_VERSION,
    corpusRoot: current.root,
  });
  const refreshFiles = reasons.length === 0 && !sameFiles(manifest.corpus.files, current.files);
  if (refreshFiles) {
    const corpus = await loadCorpus(request.corpusPath, readOptions(request, current));
    if (corpus.contentHash !== manifest.corpus.contentHash) reasons.push('corpus changed');
  }
  if (reasons.length > 0) return { action: 'rebuild', reasons };
  // The manifest records set-aside articles too, so they are neither missed here nor new.
  const fresh = newArticles(manifest.articles, current.added);
  if (!fresh) return { action: 'rebuild', reasons: ['added articles removed or changed'] };
  return { action: fresh.length > 0 ? 'append' : 'use', append: fresh, manifest, refreshFiles };
}

/** Logs what a build or an append left out, once, when it happens (the CLI's `index` shows it itself). */
function reportSkipped(request: IndexRequest, skipped: readonly SkippedInput[]): void {
  if (skipped.length === 0) return;
  request.logger[request.reportsSkipped ? 'info' : 'warn'](
    { skipped: skipped.map((item) => `${item.path} (${item.reason}: ${item.detail})`) },
    `${skipped.length} file(s) yield no passages and were skipped`,
  );
}

/** Loads the saved index when it is current and intact (appending new added articles); undefined with reasons otherwise. */
async function tryLoad(
  request: IndexRequest,
  current: CurrentInputs,
  mayWrite: boolean,
): Promise<{ result?: IndexResult; reasons: string[]; staleFileTimes?: boolean; manifest?: IndexManifest }> {
  let manifest: IndexManifest | undefined;
  try {
    manifest = await readManifest(request.indexDir);
  } catch (error) {
    // Another format is no damage: the reason names it, and the build logs it (at info).
    if (error instanceof IndexFormatError) return { reasons: [error.message] };
    // Checked twice (before and under the build lock): said once, and without a stack trace,
    // since a damaged file is a state to repair, not a bug.
    request.logger[mayWrite ? 'warn' : 'debug']({ reason: (error as Error).message, indexDir: request.indexDir }, 'index manifest unreadable; rebuilding');
    return { reasons: ['manifest unreadable'] };
  }
  if (!manifest) return { reasons: ['no index yet'] };
  const plan = await planSaved(request, manifest, current);
  if (plan.action === 'rebuild') return { reasons: plan.reasons, manifest };
  // Appending writes a generation, and recording new file times the manifest: only under the build lock.
  if (plan.action === 'append' && !mayWrite) return { reasons: ['added articles to append'] };
  if (plan.action === 'append') checkArticleSource(request, manifest, current.added);
  if (plan.refreshFiles && mayWrite) {
    // Without this, every later start would read the whole corpus again to find it unchanged.
    manifest = { ...manifest, corpus: { ...manifest.corpus, files: current.files } };
    await rewriteManifest(request.indexDir, manifest);
  }
  // Without the lock the new times are recorded afterwards, if the lock is free (see recordFileTimes).
  const staleFileTimes = plan.refreshFiles && !mayWrite;
  const skippedFiles = manifest.corpus.skipped;
  if (plan.action === 'use' && request.current?.manifest.generation === manifest.generation) {
    return { result: { index: request.current, rebuilt: false, appended: 0, reasons: [], skipped: skippedFiles }, reasons: [], staleFileTimes };
  }
  let index: RetrievalIndex;
  try {
    index = await loadIndex(request.indexDir, manifest, request.hnsw.efSearch);
  } catch (error) {
    if (!(error instanceof IndexCorruptError)) throw error;
    request.logger[mayWrite ? 'warn' : 'debug']({ reason: error.message, indexDir: request.indexDir }, 'saved index is corrupt; rebuilding');
    return { reasons: [error.message], manifest };
  }
  if (plan.action === 'use') return { result: { index, rebuilt: false, appended: 0, reasons: [], skipped: skippedFiles }, reasons: [], staleFileTimes };
  const { index: appended, added } = await append(request, index, plan.append);
  reportSkipped(request, added.skipped);
  request.logger.info({ articles: added.usable.map((item) => item.id), passages: appended.passages.length - index.passages.length }, 'added articles indexed');
  return {
    result: { index: appended, rebuilt: true, appended: added.usable.length, reasons: ['added articles'], skipped: appended.manifest.corpus.skipped },
    reasons: [],
  };
}

/**
 * Records the corpus files' new sizes and times in the manifest after a load found their content
 * unchanged (a touch), so the next start compares stats instead of reading every file. Only
 * when the lock is free right now and nothing changed since the check; a read-only index
 * folder, a busy lock or any failure just leaves the old times (the next start reads again).
 */
async function recordFileTimes(request: IndexRequest, checked: CurrentInputs, generation: string): Promise<void> {
  try {
    await withBuildLock(
      request.indexDir,
      async () => {
        const [manifest, now] = await Promise.all([readManifest(request.indexDir), currentInputs(request)]);
        if (manifest?.generation !== generation || !sameFiles(now.files, checked.files)) return;
        await rewriteManifest(request.indexDir, { ...manifest, corpus: { ...manifest.corpus, files: now.files } });
      },
      0,
    );
  } catch (error) {
    request.logger.debug({ reason: (error as Error).message }, 'corpus file times not recorded; the next start reads the corpus again');
  }
}

/**
 * Loads the index for a corpus and its added articles, rebuilding it when anything it depends
 * on changed, or appending articles added since it was built.
 */
export async function loadOrBuildIndex(request: IndexRequest): Promise<IndexResult> {
  await mkdir(request.indexDir, { recursive: true });
  const current = await currentInputs(request);
  if (!request.force) {
    const attempt = await tryLoad(request, current, false);
    if (attempt.result) {
      if (attempt.staleFileTimes) await recordFileTimes(request, current, attempt.result.index.manifest.generation);
      return attempt.result;
    }
  }
  return withBuildLock(request.indexDir, async () => {
    // Listed again: the corpus may have changed while we waited, and the file times recorded
    // (or built from) must be the ones read now, not before another process's build.
    const locked = await currentInputs(request);
    // Another process may have built exactly this index while we were checking or waiting.
    let reasons = ['forced'];
    let manifest: IndexManifest | undefined;
    if (request.force) {
      manifest = await readManifest(request.indexDir).catch(() => undefined);
    } else {
      const attempt = await tryLoad(request, locked, true);
      if (attempt.result) return attempt.result;
      ({ reasons, manifest } = attempt);
    }
    checkArticleSource(request, manifest, locked.added);
    const stale = await removeStaleTemporaryFiles(request.indexDir);
    if (stale.length > 0) {
      request.logger.info(
        { files: stale.map((file) => path.relative(request.indexDir, file.path)), bytes: stale.reduce((sum, file) => sum + file.bytes, 0) },
        'removed temporary files left by an interrupted build',
      );
    }
    request.logger.info({ reasons, corpus: locked.root }, 'building index');
    const { index, skipped } = await build(request, locked);
    reportSkipped(request, skipped);
    request.logger.info({ passages: index.passages.length, ms: index.manifest.buildMs }, 'index built');
    return { index, rebuilt: true, appended: 0, reasons, skipped };
  });
}
