/**
 * An index folder that refuses the write a load needs (a Docker volume mounted read-only after an
 * upgrade, or after the articles folder changed): the error says why the index had to be written,
 * not only that the folder is read-only. The refusal is made by the build lock, as a read-only
 * mount makes it (root, who runs the tests, may write anywhere else).
 */
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unusableDirectoryError } from '../../src/app/directory-errors.js';
import { loadOrBuildIndex, type IndexRequest } from '../../src/core/index/build-index.js';
import { workspaceIndexRequest } from '../support/index-requests.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const lock = vi.hoisted(() => ({ readOnly: false }));

vi.mock('../../src/core/index/build-lock.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/core/index/build-lock.js')>();
  return {
    ...actual,
    withBuildLock: <T>(directory: string, work: () => Promise<T>, maxWaitMs?: number): Promise<T> => {
      if (!lock.readOnly) return actual.withBuildLock(directory, work, maxWaitMs);
      const file = `${directory}/.build.lock`;
      return Promise.reject(
        Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), {
          code: 'EROFS',
          path: file,
        }),
      );
    },
  };
});

describe('an index folder that refuses writes', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  const request = (options: Partial<IndexRequest> = {}): IndexRequest => workspaceIndexRequest(workspace, options);

  beforeEach(async () => {
    lock.readOnly = false;
    workspace = temporaryWorkspace('article-qa-read-only-index-');
    (await loadOrBuildIndex(request())).index.keywords.close();
    lock.readOnly = true;
  });
  afterEach(() => workspace.cleanup());

  it('loads an index that is up to date, writing nothing', async () => {
    const loaded = await loadOrBuildIndex(request());
    expect(loaded.rebuilt).toBe(false);
    loaded.index.keywords.close();
  });

  it('says why the index had to be written when the corpus changed since it was built', async () => {
    writeFileSync(
      `${workspace.corpusDir}/harbour.txt`,
      'Harbour reopens\n\nThe harbour of Lumen reopened on Monday after repairs.\n',
    );
    const refused = await loadOrBuildIndex(request()).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'EROFS', indexReasons: ['corpus changed'] });
    expect(unusableDirectoryError(refused, workspace.indexDir, 'index folder')?.message).toBe(
      `Cannot use ${workspace.indexDir} as the index folder: the file system is read-only (at ${workspace.indexDir}/.build.lock), ` +
        'and the index in it must be brought up to date first (corpus changed). Mount it read-write (in Docker: without :ro) to run this command.',
    );
  });

  it('gives no reason for a rebuild that was asked for (index --force)', async () => {
    const refused = await loadOrBuildIndex(request({ force: true })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'EROFS' });
    expect(refused).not.toHaveProperty('indexReasons');
  });
});
