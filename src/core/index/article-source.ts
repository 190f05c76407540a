import type { Logger } from 'pino';
import { UserError } from '../errors.js';
import type { AddedDocument } from './added-articles.js';
import type { IndexManifest } from './manifest.js';

/**
 * How a write to the index would change the added articles it answers from, when it was built
 * from another state folder's articles than this process's: the articles it would lose, and
 * those it would gain.
 */
export interface SourceConflict {
  /** The state folder the index records (undefined: an index from before it was recorded). */
  recorded: string | undefined;
  /** This process's state folder. */
  current: string;
  /** Added articles the index answers from that this state folder does not hold (as indexed). */
  dropped: string[];
  /** Added articles this state folder holds that the index does not answer from. */
  gained: string[];
}

/**
 * Compares the index's added articles with this process's, when they come from different state
 * folders. Only losing articles is a conflict: an index that answers from none belongs to no
 * folder (the Docker image's pre-built one, built with another), and a folder that holds all of
 * the index's (it was moved) is the same articles. An index from before the folder was recorded
 * is treated as another folder's too: a folder that held all of its articles has recorded itself
 * on opening it (see adopt-article-source.ts), so one that lacks some now is another folder (an
 * old copy of the bot's, say), or this one changed by an older article-qa; either way, dropping
 * them is the admin's call (`index --force`), never done in silence. Before, a folder that held
 * any of them could strip the rest.
 */
export function sourceConflict(
  manifest: IndexManifest,
  current: string | undefined,
  added: readonly AddedDocument[],
): SourceConflict | undefined {
  if (current === undefined || manifest.articleSource === current) return undefined;
  const served = manifest.articles.filter((item) => !item.setAside);
  const held = new Set(added.map((item) => `${item.id}\u0000${item.hash}`));
  const dropped = served
    .filter((item) => !held.has(`${item.docId}\u0000${item.hash}`))
    .map((item) => item.docId);
  if (dropped.length === 0) return undefined;
  const known = new Set(manifest.articles.map((item) => item.docId));
  const gained = added.filter((item) => !known.has(item.id)).map((item) => item.id);
  return { recorded: manifest.articleSource, current, dropped, gained };
}

/** "2 added articles (a, b)", at most three ids named. */
function countedIds(ids: readonly string[]): string {
  const named = ids.slice(0, 3).join(', ') + (ids.length > 3 ? `, and ${ids.length - 3} more` : '');
  return `${ids.length} added article${ids.length === 1 ? '' : 's'} (${named})`;
}

/** What the write would do to the index, in words: "lose 1 added article (a) and gain …". */
function change(conflict: SourceConflict): string {
  const parts = [];
  if (conflict.dropped.length > 0) parts.push(`lose ${countedIds(conflict.dropped)}`);
  if (conflict.gained.length > 0) parts.push(`gain ${countedIds(conflict.gained)}`);
  return parts.join(' and ');
}

/** "the state folder /srv/state", or what is known of an index that did not record it. */
function recordedFolder(conflict: SourceConflict): string {
  return conflict.recorded === undefined
    ? 'a state folder an earlier article-qa did not record'
    : `the state folder ${conflict.recorded}`;
}

/**
 * Whether `added` holds every article the index answers from, with the same content: then the
 * index's articles came from this folder (ids carry a random suffix), recorded or not. False for
 * an index that answers from none, which belongs to no folder.
 */
export function holdsEveryArticle(manifest: IndexManifest, added: readonly AddedDocument[]): boolean {
  const served = manifest.articles.filter((item) => !item.setAside);
  const held = new Set(added.map((item) => `${item.id}\u0000${item.hash}`));
  return served.length > 0 && served.every((item) => held.has(`${item.docId}\u0000${item.hash}`));
}

/**
 * Refuses a write that would change which added articles an index shared with the bot answers
 * from, because this process reads another state folder (a CLI run with a different
 * ARTICLE_QA_STATE_DIR). Before, such a run rebuilt the bot's index without its articles,
 * logged at info only. Says which folder holds them, and the ways on.
 */
export class ArticleSourceConflictError extends UserError {
  override readonly name = 'ArticleSourceConflictError';

  constructor(
    readonly indexDir: string,
    readonly conflict: SourceConflict,
  ) {
    const pointAt =
      conflict.recorded === undefined
        ? "the bot's state folder (ARTICLE_QA_STATE_DIR)"
        : `ARTICLE_QA_STATE_DIR=${conflict.recorded} (the bot's state folder)`;
    const whose =
      conflict.recorded === undefined
        ? `The index in ${indexDir} was built by an earlier article-qa, which did not record the state folder its added articles come from, and this command's state folder ${conflict.current} does not hold all of them: `
        : `The index in ${indexDir} answers from the added articles of the state folder ${conflict.recorded}, but this command uses the state folder ${conflict.current}: `;
    super(
      'index-other-state-folder',
      whose +
        `going on would change what the bot answers: the index would ${change(conflict)}. ` +
        `Run this command with ${pointAt}, or give it an index folder of its own with --index-dir; ` +
        `if ${conflict.current} is the right state folder now, rebuild the index from it with article-qa index --force.`,
    );
  }
}

/** The parts of an index request the check reads (see IndexRequest.guardArticleSource). */
interface SourceCheck {
  indexDir: string;
  articleSource?: string;
  guardArticleSource?: boolean;
  force?: boolean;
  logger: Logger;
}

/**
 * Called before a write (a rebuild or an append): refuses one that would change the added
 * articles of an index built from another state folder when the request guards against it,
 * and otherwise (the bot, whose state folder decides; `index --force`) warns that it does.
 */
export function checkArticleSource(
  request: SourceCheck,
  manifest: IndexManifest | undefined,
  added: readonly AddedDocument[],
): void {
  const conflict = manifest && sourceConflict(manifest, request.articleSource, added);
  if (!conflict) return;
  if (request.guardArticleSource && !request.force)
    throw new ArticleSourceConflictError(request.indexDir, conflict);
  request.logger.warn(
    { indexDir: request.indexDir },
    `rebuilding the index from the state folder ${conflict.current} (it was built from ${recordedFolder(conflict)}): it will ${change(conflict)}`,
  );
}
