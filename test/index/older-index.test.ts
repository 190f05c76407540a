/**
 * An index built by an earlier article-qa, whose manifest lacks `articleSource` (the state folder
 * its added articles come from): made here by removing the field from a real manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../src/core/articles/article-store.js';
import { adoptArticleSource } from '../../src/core/index/adopt-article-source.js';
import { ArticleSourceConflictError } from '../../src/core/index/article-source.js';
import { loadOrBuildIndex, type IndexRequest } from '../../src/core/index/build-index.js';
import { FERRY, ORCHARD, storedArticle } from '../support/stored-articles.js';
import { stateFolderIndexRequest } from '../support/index-requests.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('an index an earlier version built, without the state folder recorded', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let botFolder: string;
  const request = (folder: string, articles: StoredArticle[], options: Partial<IndexRequest> = {}): IndexRequest =>
    stateFolderIndexRequest(workspace, folder, articles, options);
  const manifestFile = (): string => path.join(workspace.indexDir, 'manifest.json');
  const manifest = (): Record<string, unknown> => JSON.parse(readFileSync(manifestFile(), 'utf8')) as Record<string, unknown>;

  beforeEach(async () => {
    workspace = temporaryWorkspace('article-qa-older-index-');
    botFolder = path.join(workspace.root, 'bot-state');
    const built = await loadOrBuildIndex(request(botFolder, [ORCHARD, FERRY]));
    built.index.keywords.close();
    const { articleSource: _recorded, ...older } = manifest();
    writeFileSync(manifestFile(), JSON.stringify(older));
  });
  afterEach(() => workspace.cleanup());

  it('refuses a folder that holds only some of its articles (an old copy of the bot’s) instead of stripping the rest', async () => {
    const before = readFileSync(manifestFile(), 'utf8');
    const copy = path.join(workspace.root, 'old-copy');
    const attempt = loadOrBuildIndex(request(copy, [ORCHARD], { guardArticleSource: true }));
    await expect(attempt).rejects.toBeInstanceOf(ArticleSourceConflictError);
    await expect(attempt).rejects.toThrow(/would lose 1 added article \(ferry\)/);
    expect(readFileSync(manifestFile(), 'utf8')).toBe(before);
    expect(await adoptArticleSource(request(copy, [ORCHARD]))).toBe(false);
  });

  it('records the folder that holds every one of its articles, so removing them all is no conflict', async () => {
    expect(await adoptArticleSource(request(path.join(workspace.root, 'elsewhere'), []))).toBe(false);
    expect(await adoptArticleSource(request(botFolder, [ORCHARD, FERRY]))).toBe(true);
    expect(manifest()).toMatchObject({ articleSource: botFolder });
    // `remove` of both, as the CLI does it: the folder now holds none of the index's articles.
    const result = await loadOrBuildIndex(request(botFolder, [], { guardArticleSource: true }));
    expect(result.index.manifest).toMatchObject({ articleSource: botFolder, articles: [] });
    result.index.keywords.close();
  });

  it('is recorded on the next write too: an article added from the bot’s folder', async () => {
    const extra = storedArticle('market', 'The Saturday market moves to the harbour square from May, the council said.');
    const result = await loadOrBuildIndex(request(botFolder, [ORCHARD, FERRY, extra], { guardArticleSource: true }));
    expect(result).toMatchObject({ appended: 1 });
    expect(manifest()).toMatchObject({ articleSource: botFolder });
    result.index.keywords.close();
  });
});
