import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { checkArticleSource } from './article-source.js';
import { withBuildLock } from './build-lock.js';
import { readManifest } from './index-files.js';
import { currentInputs } from './index-inputs.js';
import type { IndexRequest, IndexResult } from './index-request.js';
import type { IndexManifest } from './manifest.js';
import { recordFileTimes, tryLoad } from './saved-index.js';
import { removeStaleTemporaryFiles } from './stale-files.js';
import { buildIndex, reportSkipped } from './write-index.js';

export type { AddedDocument } from './added-articles.js';
export type { IndexRequest, IndexResult } from './index-request.js';

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
    return buildUnderLock(request).catch((error: unknown) => {
      throw markWhyWritten(error, attempt.reasons);
    });
  }
  return buildUnderLock(request);
}

/**
 * Marks a file-system error met while bringing the index up to date with why it had to be
 * written (`indexReasons`): a command that only reads, on a read-only index folder, then says
 * why it needed to write (an index from before an upgrade, a changed corpus), not just that
 * the folder is read-only. Other errors are returned as they are.
 */
function markWhyWritten(error: unknown, reasons: readonly string[]): unknown {
  const failure = error as NodeJS.ErrnoException | undefined;
  if (reasons.length === 0 || typeof failure?.code !== 'string' || !(error instanceof Error)) return error;
  return Object.assign(error, { indexReasons: [...reasons] });
}

/** Rebuilds the index (or loads the one another process built meanwhile) under the build lock. */
function buildUnderLock(request: IndexRequest): Promise<IndexResult> {
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
    const { index, skipped } = await buildIndex(request, locked);
    reportSkipped(request, skipped);
    request.logger.info({ passages: index.passages.length, ms: index.manifest.buildMs }, 'index built');
    return { index, rebuilt: true, appended: 0, reasons, skipped };
  });
}
