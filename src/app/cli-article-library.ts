import { ArticleLibrary, type ArticleLibraryOptions } from '../core/articles/article-library.js';
import type { StoredArticle } from '../core/articles/article-store.js';

/**
 * The article library as the command line uses it: before the state folder changes in `remove`,
 * the index records that folder as its source (see adopt-article-source.ts) while the folder
 * still holds every article the index answers from. Otherwise, on an index an earlier version
 * built, removing the last added article left a folder that holds none of them, which the index
 * update took for another state folder's. (An index update that fails puts the article back in
 * ArticleLibrary itself, for the bot's /article remove too.)
 */
export class CliArticleLibrary extends ArticleLibrary {
  constructor(
    options: ArticleLibraryOptions,
    /** Runs before the state folder changes (records it in an index built by an earlier version). */
    private readonly beforeRemove: () => Promise<unknown>,
  ) {
    super(options);
  }

  override async remove(docId: string, scope: { guildId?: string } = {}): Promise<StoredArticle> {
    await this.beforeRemove();
    return super.remove(docId, scope);
  }
}
