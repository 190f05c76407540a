/**
 * Reading the saved index: whether it is current for the corpus and the added articles, loading
 * it when it is (appending articles added since), and recording new corpus file times.
 */
import { loadCorpus } from '../corpus/load-corpus.js';
import { newArticles, type AddedDocument } from './added-articles.js';
import { checkArticleSource } from './article-source.js';
import { withBuildLock } from './build-lock.js';
import { IndexCorruptError, IndexFormatError, loadIndex, readManifest, rewriteManifest } from './index-files.js';
import { currentInputs, readOptions, sameFiles, type CurrentInputs } from './index-inputs.js';
import type { IndexRequest, IndexResult } from './index-request.js';
import { KEYWORD_INDEX_VERSION } from './keyword-index.js';
import { staleReasons, type IndexManifest } from './manifest.js';
import type { RetrievalIndex } from './retrieval-index.js';
import { appendArticles, reportSkipped } from './write-index.js';

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

/** Loads the saved index when it is current and intact (appending new added articles); undefined with reasons otherwise. */
export async function tryLoad(
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
  const { index: appended, added } = await appendArticles(request, index, plan.append);
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
export async function recordFileTimes(request: IndexRequest, checked: CurrentInputs, generation: string): Promise<void> {
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
