/**
 * An index shared by processes with different state folders (the bot's, and a CLI run with
 * another ARTICLE_QA_STATE_DIR): the one that guards (the CLI) never changes which added
 * articles the index answers from; the bot's own folder decides, with a warning.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../src/core/articles/article-store.js';
import { ArticleSourceConflictError } from '../../src/core/index/article-source.js';
import { loadOrBuildIndex, type IndexRequest } from '../../src/core/index/build-index.js';
import { recordingLogger } from '../support/recording-logger.js';
import { FERRY, ORCHARD } from '../support/stored-articles.js';
import { stateFolderIndexRequest } from '../support/index-requests.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('an index shared by two state folders', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let botFolder: string;
  let otherFolder: string;
  /** A process reading `folder`, which holds `articles`; `guard` as the CLI sets it. */
  const request = (folder: string, articles: StoredArticle[], options: Partial<IndexRequest> = {}): IndexRequest =>
    stateFolderIndexRequest(workspace, folder, articles, options);
  const manifestText = (): string => readFileSync(path.join(workspace.indexDir, 'manifest.json'), 'utf8');

  beforeEach(async () => {
    workspace = temporaryWorkspace('article-qa-source-');
    botFolder = path.join(workspace.root, 'bot-state');
    otherFolder = path.join(workspace.root, 'other-state');
    const built = await loadOrBuildIndex(request(botFolder, [ORCHARD]));
    expect(built.index.manifest).toMatchObject({ articleSource: botFolder, articles: [{ docId: 'orchard' }] });
    built.index.keywords.close();
  });
  afterEach(() => workspace.cleanup());

  it.each([
    ['holds none of them (no state file there)', [] as StoredArticle[]],
    ['holds other articles', [FERRY]],
  ])('refuses, when guarded, to rebuild the bot index from a folder that %s, and leaves it as it was', async (_case, held) => {
    const before = manifestText();
    const attempt = loadOrBuildIndex(request(otherFolder, held, { guardArticleSource: true }));
    await expect(attempt).rejects.toBeInstanceOf(ArticleSourceConflictError);
    await expect(attempt).rejects.toThrow(`the state folder ${botFolder}, but this command uses the state folder ${otherFolder}`);
    expect(manifestText()).toBe(before);
  });

  it('lets another folder add to an index that answers from no added articles (the Docker image’s pre-built one)', async () => {
    const empty = await loadOrBuildIndex(request(botFolder, []));
    empty.index.keywords.close();
    const { logger, lines } = recordingLogger();
    const result = await loadOrBuildIndex(request(otherFolder, [FERRY], { guardArticleSource: true, logger }));
    expect(result).toMatchObject({ appended: 1 });
    expect(result.index.manifest).toMatchObject({ articleSource: otherFolder, articles: [{ docId: 'ferry' }] });
    expect(lines.filter((line) => line.level === 40)).toEqual([]);
    result.index.keywords.close();
  });

  it('refuses also when the corpus changed, since the rebuild would drop the articles all the same', async () => {
    workspace.write('corpus/new.txt', 'New\n\nThe town hall reopens on Friday after its roof was repaired.\n');
    await expect(loadOrBuildIndex(request(otherFolder, [], { guardArticleSource: true }))).rejects.toThrow(/lose 1 added article \(orchard\)/);
  });

  it('lets the bot folder’s own changes through when guarded (a CLI run with the bot’s folder)', async () => {
    const result = await loadOrBuildIndex(request(botFolder, [], { guardArticleSource: true }));
    expect(result.index.manifest.articles).toEqual([]);
    result.index.keywords.close();
  });

  it.each([
    ['forced (article-qa index --force)', { guardArticleSource: true, force: true }],
    ['not guarded (the bot, whose folder decides)', {}],
  ])('rebuilds from the other folder when %s, with a warning naming both folders', async (_case, options) => {
    const { logger, lines } = recordingLogger();
    const result = await loadOrBuildIndex(request(otherFolder, [], { ...options, logger }));
    expect(result.index.manifest).toMatchObject({ articleSource: otherFolder, articles: [] });
    result.index.keywords.close();
    const warnings = lines.filter((line) => line.level === 40).map((line) => line.msg);
    expect(warnings).toEqual([
      `rebuilding the index from the state folder ${otherFolder} (it was built from the state folder ${botFolder}): it will lose 1 added article (orchard)`,
    ]);
  });

  it('refuses for an index that does not record its folder (an earlier version) when this folder holds none of its articles', async () => {
    const { articleSource: _recorded, ...legacy } = JSON.parse(manifestText()) as Record<string, unknown>;
    writeFileSync(path.join(workspace.indexDir, 'manifest.json'), JSON.stringify(legacy));
    await expect(loadOrBuildIndex(request(otherFolder, [], { guardArticleSource: true }))).rejects.toThrow(
      /was built by an earlier article-qa, which did not record the state folder its added articles come from, and this command's state folder .* does not hold all of them/,
    );
    const result = await loadOrBuildIndex(request(botFolder, [ORCHARD], { guardArticleSource: true }));
    expect(result).toMatchObject({ rebuilt: false });
    result.index.keywords.close();
  });
});
