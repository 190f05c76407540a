/**
 * Writing a new generation of the index: a full build from the corpus and the added articles, or
 * added articles appended to a loaded index. Either is published atomically (see index-files.ts).
 */
import path from 'node:path';
import { chunkDocument } from '../corpus/chunk-passages.js';
import type { Passage } from '../corpus/types.js';
import { emptyCorpusError, loadCorpus } from '../corpus/load-corpus.js';
import { forEachEmbeddedBatch } from '../embedding/embedder.js';
import type { SkippedInput } from '../ingest/types.js';
import { selectAdded, type AddedDocument, type AddedSelection } from './added-articles.js';
import { temporaryPath } from './atomic-files.js';
import { readManifest, removeOldGenerations, saveIndex } from './index-files.js';
import { readOptions, type CurrentInputs } from './index-inputs.js';
import type { IndexRequest } from './index-request.js';
import { KEYWORD_INDEX_VERSION, KeywordIndex } from './keyword-index.js';
import { SCHEMA_VERSION, type IndexManifest } from './manifest.js';
import type { RetrievalIndex } from './retrieval-index.js';
import { VectorIndex } from './vector-index.js';

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

/** The manifest fields a build and an append write alike: what the index was built with, and when. */
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
export async function buildIndex(request: IndexRequest, inputs: CurrentInputs): Promise<{ index: RetrievalIndex; skipped: SkippedInput[] }> {
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
export async function appendArticles(request: IndexRequest, index: RetrievalIndex, fresh: readonly AddedDocument[]): Promise<{ index: RetrievalIndex; added: AddedSelection }> {
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

/** Logs what a build or an append left out, once, when it happens (the CLI's `index` shows it itself). */
export function reportSkipped(request: IndexRequest, skipped: readonly SkippedInput[]): void {
  if (skipped.length === 0) return;
  request.logger[request.reportsSkipped ? 'info' : 'warn'](
    { skipped: skipped.map((item) => `${item.path} (${item.reason}: ${item.detail})`) },
    `${skipped.length} file(s) yield no passages and were skipped`,
  );
}
