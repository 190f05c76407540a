import { holdsEveryArticle } from './article-source.js';
import type { IndexRequest } from './build-index.js';
import { withBuildLock } from './build-lock.js';
import { readManifest, rewriteManifest } from './index-files.js';

/**
 * Records this process's state folder in an index that an earlier article-qa built without it
 * (no `articleSource` in the manifest), when that folder holds every added article the index
 * answers from, with the same content: those articles came from it. Called before the index is
 * loaded or changed, so the guard then knows whose articles they are, and `remove` of the last
 * one, which leaves the folder holding none of them, is no longer mistaken for another folder's
 * command. Only when the build lock is free at once; any failure (a read-only index folder, an
 * unreadable manifest, which the load then reports) leaves the index as it was. True when recorded.
 */
export async function adoptArticleSource(
  request: Pick<IndexRequest, 'indexDir' | 'articleSource' | 'addedDocuments' | 'logger'>,
): Promise<boolean> {
  const source = request.articleSource;
  if (source === undefined || request.addedDocuments === undefined) return false;
  try {
    const manifest = await readManifest(request.indexDir);
    if (!manifest || manifest.articleSource !== undefined) return false;
    if (!holdsEveryArticle(manifest, await request.addedDocuments())) return false;
    const recorded = await withBuildLock(
      request.indexDir,
      async () => {
        // Another process may have rebuilt it meanwhile: record only on the generation checked.
        const saved = await readManifest(request.indexDir);
        if (saved?.generation !== manifest.generation || saved.articleSource !== undefined) return false;
        await rewriteManifest(request.indexDir, { ...saved, articleSource: source });
        return true;
      },
      0,
    );
    if (recorded) {
      request.logger.info({ indexDir: request.indexDir, stateFolder: source }, 'recorded the state folder of an index built by an earlier version');
    }
    return recorded;
  } catch (error) {
    request.logger.debug({ reason: (error as Error).message, indexDir: request.indexDir }, 'state folder of the index not recorded');
    return false;
  }
}
