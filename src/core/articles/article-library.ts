import type { CorpusDocument } from '../corpus/types.js';
import { UserError } from '../errors.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';
import { ArticleRejectedError, type AddedArticle, type ArticleInput, type ArticleOwner } from './added-article.js';
import { downloadArticle, readArticleFile } from './article-sources.js';
import type { ArticleStore, StoredArticle } from './article-store.js';
import type { ArticleFetcher, FetchPolicy } from './fetch-policy.js';
import { prepareArticle } from './prepare-article.js';

export { ArticleRejectedError, type AddedArticle, type ArticleOwner } from './added-article.js';
export { listArticles, visibleIn, type ArticleListing } from './article-listing.js';

/** Options of {@link ArticleLibrary}. */
export interface ArticleLibraryOptions {
  store: ArticleStore;
  /** Downloads with a policy (the safe HTTP fetcher). */
  fetch: ArticleFetcher;
  /** Brings the index up to date with the store (appending or rebuilding) and returns it. */
  updateIndex: () => Promise<RetrievalIndex>;
  /** Largest article accepted, in bytes. */
  maxBytes: number;
  fetchPolicy: Omit<FetchPolicy, 'maxBytes' | 'publicOnly' | 'trustedHosts'>;
  /**
   * The documents the index answers from now. A new article whose text is one of the corpus
   * folder's is refused: its passages would be found, and cited, twice.
   */
  currentDocuments: () => Promise<readonly CorpusDocument[]>;
  /** A sentence on where a local file must be, added when one does not exist (see readArticleFile). */
  missingFileHint?: (file: string) => string;
  /** A sentence on how to make a local file readable, added when reading it is refused. */
  unreadableFileHint?: (file: string) => string;
}

/**
 * Adding, listing and removing articles: extraction as for corpus files, storage behind the
 * state's storage interface, and the index brought up to date after each change.
 */
export class ArticleLibrary {
  constructor(private readonly options: ArticleLibraryOptions) {}

  /** The largest article accepted, in bytes. */
  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /**
   * Downloads a web page (or PDF, text, Word file) and adds it, cited by its URL. `file` names
   * an upload (a Discord attachment): it is cited by its file name, not by the CDN's URL.
   */
  async addUrl(
    url: string,
    owner: ArticleOwner,
    access: Pick<FetchPolicy, 'publicOnly' | 'trustedHosts'>,
    file?: { name: string; contentType?: string },
  ): Promise<AddedArticle> {
    const policy = { ...this.options.fetchPolicy, maxBytes: this.options.maxBytes, ...access };
    return this.addBytes(await downloadArticle(this.options.fetch, url, policy, file), owner);
  }

  /** Adds a local file (the command line). */
  async addFile(file: string, owner: ArticleOwner): Promise<AddedArticle> {
    return this.addBytes(await readArticleFile(file, this.options.maxBytes, this.options.missingFileHint, this.options.unreadableFileHint), owner);
  }

  /** Extracts, stores and indexes an article's bytes; nothing is stored if it yields no passages. */
  async addBytes(input: ArticleInput, owner: ArticleOwner): Promise<AddedArticle> {
    if (input.bytes.length > this.options.maxBytes) {
      throw new ArticleRejectedError(
        'too large',
        `${input.source} is over the ${Math.round(this.options.maxBytes / 1024 / 1024)} MB limit.`,
      );
    }
    const article = await prepareArticle(input, owner, this.options);
    const { store } = this.options;
    store.addArticle(article);
    let index: RetrievalIndex;
    try {
      index = await this.options.updateIndex();
    } catch (error) {
      // Keep the store and the index in step: an article that could not be indexed is not kept.
      store.removeArticle(article.docId);
      throw error;
    }
    const passages = index.passages.filter((passage) => passage.docId === article.docId).length;
    return { docId: article.docId, title: article.title, source: article.source, passages };
  }

  /**
   * Removes an added article and takes its passages out of the index. With `guildId`, only that
   * server's own articles can be removed. When the index cannot be updated (a corpus that moved,
   * a full disk), the article is put back and the error thrown: the caller is told it failed, so
   * the article must still be there, as `addBytes` keeps nothing it could not index.
   */
  async remove(docId: string, scope: { guildId?: string } = {}): Promise<StoredArticle> {
    const article = this.options.store.findArticle(docId);
    if (!article || (scope.guildId !== undefined && article.guildId !== scope.guildId)) {
      throw new UserError(
        'article-unknown',
        `There is no added article ${docId}${scope.guildId !== undefined ? ' in this server' : ''}: only articles added with ${scope.guildId !== undefined ? '/article add' : 'article-qa add'} can be removed (a corpus file leaves the index when it is deleted from the corpus folder). List them with ${scope.guildId !== undefined ? '/article list' : 'article-qa list'}.`,
      );
    }
    const { store } = this.options;
    store.removeArticle(docId);
    try {
      await this.options.updateIndex();
    } catch (error) {
      // Before, the article left the store all the same: the next rebuild dropped it in silence.
      putBack(store, article);
      throw error;
    }
    return article;
  }
}

/**
 * Stores a removed article again. It goes last in the store's order, which costs the next index
 * update a rebuild instead of an append, with the same articles. A copy of it stored meanwhile by
 * another process keeps its text answered: that refusal is not the failure to report.
 */
function putBack(store: ArticleStore, article: StoredArticle): void {
  if (store.findArticle(article.docId)) return;
  try {
    store.addArticle(article);
  } catch (error) {
    if (!(error instanceof UserError && error.code === 'article-duplicate')) throw error;
  }
}
