import type { ArticleStore, ArticleVersion, StoredArticle } from '../core/articles/article-store.js';

/**
 * An article store that remembers what this run changed, so an interrupted `add` or `remove`
 * (Ctrl-C, SIGTERM) can be taken back: before, Ctrl-C while an article's passages were being
 * embedded exited 130 with the article kept in the state file, and the next command indexed it
 * (adding it again then said "already added"). Changes that cancel out (an article stored, then
 * taken back out because it could not be indexed) leave nothing to undo.
 */
export class UndoableArticleStore implements ArticleStore {
  private readonly added = new Set<string>();
  private readonly removed = new Map<string, StoredArticle>();

  constructor(private readonly store: ArticleStore) {}

  addArticle(article: StoredArticle): void {
    this.store.addArticle(article);
    if (!this.removed.delete(article.docId)) this.added.add(article.docId);
  }

  removeArticle(docId: string): boolean {
    const article = this.store.findArticle(docId);
    const removed = this.store.removeArticle(docId);
    if (removed && article && !this.added.delete(docId)) this.removed.set(docId, article);
    return removed;
  }

  articleVersions(): ArticleVersion[] {
    return this.store.articleVersions();
  }

  listArticles(): StoredArticle[] {
    return this.store.listArticles();
  }

  findArticle(docId: string): StoredArticle | undefined {
    return this.store.findArticle(docId);
  }

  /** Takes back this run's changes; true when there were any. */
  undo(): boolean {
    const changed = this.added.size + this.removed.size > 0;
    for (const docId of this.added) this.store.removeArticle(docId);
    for (const article of this.removed.values()) this.store.addArticle(article);
    this.added.clear();
    this.removed.clear();
    return changed;
  }
}
