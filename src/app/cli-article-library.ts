import { ArticleLibrary, type ArticleLibraryOptions } from '../core/articles/article-library.js';
import type { ArticleStore, StoredArticle } from '../core/articles/article-store.js';

/**
 * The article library as the command line uses it, around `remove`:
 * - before the state folder changes, the index records that folder as its source (see
 *   adopt-article-source.ts) while the folder still holds every article the index answers from.
 *   Otherwise, on an index an earlier version built, removing the last added article left a
 *   folder that holds none of them, which the index update took for another state folder's;
 * - when the index cannot be updated (a missing corpus, a full disk, a read-only index folder),
 *   the article is put back, as `add` takes back one it could not index: before, the command
 *   failed with exit code 2 but the article had left the state file all the same, and the next
 *   command's rebuild dropped it.
 */
export class CliArticleLibrary extends ArticleLibrary {
  private readonly store: ArticleStore;

  constructor(
    options: ArticleLibraryOptions,
    /** Runs before the state folder changes (records it in an index built by an earlier version). */
    private readonly beforeRemove: () => Promise<unknown>,
  ) {
    super(options);
    this.store = options.store;
  }

  override async remove(docId: string, scope: { guildId?: string } = {}): Promise<StoredArticle> {
    await this.beforeRemove();
    const article = this.store.findArticle(docId);
    try {
      return await super.remove(docId, scope);
    } catch (error) {
      // Put back only what this call took out: it goes last in the store's order, which costs
      // the next command a rebuild instead of an append, with the same articles.
      if (article && !this.store.findArticle(docId)) this.store.addArticle(article);
      throw error;
    }
  }
}
