import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { chunkDocument, type ChunkingOptions } from '../corpus/chunk-passages.js';
import type { Passage } from '../corpus/types.js';
import { listCorpusFiles, loadCorpus } from '../corpus/load-corpus.js';
import { forEachEmbeddedBatch, type Embedder } from '../embedding/embedder.js';
import { temporaryPath } from './atomic-files.js';
import { IndexCorruptError, loadIndex, readManifest, removeOldGenerations, saveIndex } from './index-files.js';
import { withBuildLock } from './build-lock.js';
import { removeStaleTemporaryFiles } from './stale-files.js';
import { KEYWORD_INDEX_VERSION, KeywordIndex } from './keyword-index.js';
import { SCHEMA_VERSION, staleReasons, type IndexManifest } from './manifest.js';
import type { RetrievalIndex } from './retrieval-index.js';
import { VectorIndex, type HnswParameters } from './vector-index.js';

/** What to index and how. */
export interface IndexRequest {
  corpusPath: string;
  indexDir: string;
  embedder: Embedder;
  chunking: ChunkingOptions;
  hnsw: HnswParameters;
  /** Rebuild even when the saved index is current. */
  force?: boolean;
  logger: Logger;
  /** Called as passages are embedded, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** The loaded index and how it was obtained. */
export interface IndexResult {
  index: RetrievalIndex;
  rebuilt: boolean;
  /** Why it was rebuilt, for logs. */
  reasons: string[];
}

type CorpusFiles = IndexManifest['corpus']['files'];

async function statCorpus(corpusPath: string): Promise<{ root: string; files: CorpusFiles }> {
  const { root, files } = await listCorpusFiles(corpusPath);
  const stats = await Promise.all(files.map(async (file) => ({ file, info: await stat(file) })));
  return { root, files: stats.map(({ file, info }) => ({ path: file, size: info.size, mtimeMs: info.mtimeMs })) };
}

function sameFiles(a: CorpusFiles, b: CorpusFiles): boolean {
  return a.length === b.length && a.every((file, i) => file.path === b[i]?.path && file.size === b[i]?.size && file.mtimeMs === b[i]?.mtimeMs);
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

/** Builds every part of the index from the corpus and publishes it atomically. */
async function build(request: IndexRequest, files: CorpusFiles): Promise<RetrievalIndex> {
  const started = performance.now();
  const corpus = await loadCorpus(request.corpusPath);
  const passages = corpus.documents.flatMap((document) => chunkDocument(document, request.chunking));
  const { vectors, keywords } = await buildIndexes(request, passages);
  const { embedder, chunking, hnsw } = request;
  const previous = await readManifest(request.indexDir).catch(() => undefined);
  const manifest = await saveIndex(request.indexDir, { documents: corpus.documents, passages, vectors, keywords }, {
    schemaVersion: SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - started),
    model: { id: embedder.modelId, fingerprint: embedder.fingerprint, dimension: embedder.dimension },
    chunking: { ...chunking },
    hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction, randomSeed: hnsw.randomSeed },
    keywordIndexVersion: KEYWORD_INDEX_VERSION,
    corpus: { root: corpus.root, contentHash: corpus.contentHash, files, documents: corpus.documents.length, passages: passages.length },
  });
  await removeOldGenerations(request.indexDir, [manifest.generation, ...(previous ? [previous.generation] : [])]);
  return { manifest, documents: corpus.documents, passages, vectors, keywords };
}

/**
 * Why the saved index cannot be used as is, or an empty list when it can. Reads the corpus
 * only when file sizes or times changed, so an unchanged corpus costs one `stat` per file.
 */
async function checkSaved(request: IndexRequest, manifest: IndexManifest, current: { root: string; files: CorpusFiles }): Promise<string[]> {
  const { embedder } = request;
  const reasons = staleReasons(manifest, {
    model: { id: embedder.modelId, fingerprint: embedder.fingerprint, dimension: embedder.dimension },
    chunking: request.chunking,
    hnsw: request.hnsw,
    keywordIndexVersion: KEYWORD_INDEX_VERSION,
    corpusRoot: current.root,
  });
  if (reasons.length === 0 && !sameFiles(manifest.corpus.files, current.files)) {
    const corpus = await loadCorpus(request.corpusPath);
    if (corpus.contentHash !== manifest.corpus.contentHash) reasons.push('corpus changed');
  }
  return reasons;
}

/** Loads the saved index when it is current and intact; builds (under a lock) otherwise. */
async function tryLoad(request: IndexRequest, current: { root: string; files: CorpusFiles }): Promise<{ index?: RetrievalIndex; reasons: string[] }> {
  let manifest: IndexManifest | undefined;
  try {
    manifest = await readManifest(request.indexDir);
  } catch (error) {
    request.logger.warn({ err: error }, 'index manifest unreadable; rebuilding');
    return { reasons: ['manifest unreadable'] };
  }
  if (!manifest) return { reasons: ['no index yet'] };
  const reasons = await checkSaved(request, manifest, current);
  if (reasons.length > 0) return { reasons };
  try {
    return { index: await loadIndex(request.indexDir, manifest, request.hnsw.efSearch), reasons: [] };
  } catch (error) {
    if (!(error instanceof IndexCorruptError)) throw error;
    request.logger.warn({ err: error, indexDir: request.indexDir }, 'saved index is corrupt; rebuilding');
    return { reasons: [error.message] };
  }
}

/** Loads the index for a corpus, rebuilding it when anything it depends on changed. */
export async function loadOrBuildIndex(request: IndexRequest): Promise<IndexResult> {
  await mkdir(request.indexDir, { recursive: true });
  const current = await statCorpus(request.corpusPath);
  if (!request.force) {
    const attempt = await tryLoad(request, current);
    if (attempt.index) return { index: attempt.index, rebuilt: false, reasons: [] };
  }
  return withBuildLock(request.indexDir, async () => {
    // Another process may have built exactly this index while we were checking or waiting.
    let reasons = ['forced'];
    if (!request.force) {
      const attempt = await tryLoad(request, current);
      if (attempt.index) return { index: attempt.index, rebuilt: false, reasons: [] };
      reasons = attempt.reasons;
    }
    const stale = await removeStaleTemporaryFiles(request.indexDir);
    if (stale.length > 0) {
      request.logger.info(
        { files: stale.map((file) => path.relative(request.indexDir, file.path)), bytes: stale.reduce((sum, file) => sum + file.bytes, 0) },
        'removed temporary files left by an interrupted build',
      );
    }
    request.logger.info({ reasons, corpus: current.root }, 'building index');
    const index = await build(request, current.files);
    request.logger.info({ passages: index.passages.length, ms: index.manifest.buildMs }, 'index built');
    return { index, rebuilt: true, reasons };
  });
}
