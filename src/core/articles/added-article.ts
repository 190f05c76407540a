/** What goes into adding an article and what comes out of it, as the library and its callers see it. */
import { UserError } from '../errors.js';
import type { SkipReason } from '../ingest/types.js';

/** Who adds an article: a Discord member in a server (answered there only), or the owner at the command line (everywhere). */
export interface ArticleOwner {
  guildId: string | null;
  addedBy: string | null;
}

/** What adding an article reports back. */
export interface AddedArticle {
  docId: string;
  title: string;
  source: string;
  passages: number;
}

/** Raised when an article cannot be added; `reason` is one of the skip reasons. */
export class ArticleRejectedError extends UserError {
  override readonly name = 'ArticleRejectedError';

  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(`article-${reason.replace(/\s+/g, '-')}`, message);
  }
}

/** An article's bytes as fetched or read, with what names it. */
export interface ArticleInput {
  bytes: Uint8Array;
  /** The file name extraction goes by (an upload's, or the last part of a URL's path). */
  name: string;
  contentType?: string;
  /** What the article is cited by: its URL, or its file name. */
  source: string;
}
