/** What goes into adding an article and what comes out of it, as the library and its callers see it. */
import { UserError } from '../errors.js';
import type { SkipReason } from '../ingest/types.js';
import type { StoredArticle } from './article-store.js';

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

/**
 * Whether articles of these two owners are answered in a common place, so that one with the
 * other's text would have its passages cited twice: the command line's (null) are answered in
 * every server, a server's own in that server only.
 */
export function answeredTogether(guildId: string | null, otherGuildId: string | null): boolean {
  return guildId === null || otherGuildId === null || guildId === otherGuildId;
}

/**
 * The refusal of an article whose text is already added where it would be answered. `concurrent`
 * when the copy was stored after this article was checked (two adds at once).
 */
export function alreadyAddedError(
  copy: Pick<StoredArticle, 'docId' | 'title' | 'guildId'>,
  owner: { guildId: string | null },
  options: { concurrent?: boolean } = {},
): UserError {
  // The command line's copy would be answered everywhere; a server's own is answered there only.
  const elsewhere =
    owner.guildId === null && copy.guildId !== null
      ? `, for one server only; remove it (article-qa remove ${copy.docId}) to add it for every server`
      : '';
  const when = options.concurrent ? ' It was added at the same time as this one.' : '';
  return new UserError('article-duplicate', `That article is already added, as ${copy.docId} ("${copy.title}")${elsewhere}.${when}`);
}
