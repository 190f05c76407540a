import type { ArticleFormat } from '../ingest/types.js';

/** An article added with `add` or `/article add`, as stored: its extracted text and who owns it. */
export interface StoredArticle {
  docId: string;
  title: string;
  /** The URL of a web article, the file name otherwise. */
  source: string;
  format: ArticleFormat;
  /** The extracted text the index is built from. */
  text: string;
  /** sha256 of what the index depends on (text, title, owner). */
  hash: string;
  /** The Discord server that owns it (answered there only); null when the owner added it from the command line (answered everywhere). */
  guildId: string | null;
  /** The Discord user who added it; null from the command line. */
  addedBy: string | null;
  addedAt: Date;
}

/** An article's identity and version, cheap to list: enough to tell whether the index is current. */
export interface ArticleVersion {
  docId: string;
  hash: string;
}

/**
 * Where added articles are kept: behind the same storage as the bot's state, so that several
 * hosts can later share one database instead of one host's disk. Small and synchronous, like
 * the state store: every call is a local write or an indexed read.
 */
export interface ArticleStore {
  /**
   * Stores a new article; throws if its docId is taken. A store shared between processes also
   * refuses (UserError `article-duplicate`) an article whose text is already stored where it
   * would be answered, checked and stored at once: two adds of one article at the same time both
   * pass the library's earlier check.
   */
  addArticle(article: StoredArticle): void;
  /** Every article's id and hash, in the order they were added. */
  articleVersions(): ArticleVersion[];
  /** Every article with its text, in the order they were added. */
  listArticles(): StoredArticle[];
  findArticle(docId: string): StoredArticle | undefined;
  /** Removes an article; false when there was none with that id. */
  removeArticle(docId: string): boolean;
}
