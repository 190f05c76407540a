import type { AddedArticle, ArticleListing } from '../../../core/articles/article-library.js';
import { escapeArticleText } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { ANSWER_COLOUR } from './answer-reply.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

const TITLE_CHARS = 120;

/** A source as a Markdown link when it is a web address, else its (escaped) file name. */
export function sourceLink(title: string, source: string): string {
  const label = escapeArticleText(truncate(title, TITLE_CHARS)).replace(/[[\]]/g, '');
  return /^https?:\/\//.test(source)
    ? `[${label}](${source.replace(/[()\s]/g, encodeURIComponent)})`
    : `**${label}** (${escapeArticleText(source)})`;
}

/** The private confirmation of `/article add`. */
export function articleAddedReply(article: AddedArticle): ReplyPayload {
  return replyPayload({
    content: truncate(
      `Added ${sourceLink(article.title, article.source)}: ${article.passages} passage${article.passages === 1 ? '' : 's'}, id \`${article.docId}\`. Members of this server can now ask about it.`,
      DISCORD_LIMITS.content,
    ),
    ephemeral: true,
  });
}

/** The private confirmation of `/article remove`. */
export function articleRemovedReply(title: string, docId: string): ReplyPayload {
  return replyPayload({
    content: `Removed **${escapeArticleText(truncate(title, TITLE_CHARS))}** (\`${docId}\`); I no longer answer from it.`,
    ephemeral: true,
  });
}

/** `/article list`: what members here can ask about, shared articles first, then this server's own. */
export function articleListReply(articles: readonly ArticleListing[], guildName: string): ReplyPayload {
  const line = (article: ArticleListing): string => {
    const added = article.addedAt
      ? `added <t:${Math.floor(new Date(article.addedAt).getTime() / 1000)}:R>`
      : 'corpus';
    const scope = article.guildId ? 'this server' : 'every server';
    return `${sourceLink(article.title, article.source)} — ${article.passages} passages · ${added} · ${scope} · \`${article.docId}\``;
  };
  const lines: string[] = [];
  let length = 0;
  for (const [position, article] of articles.entries()) {
    const next = line(article);
    const rest = `\n… and ${articles.length - position} more`;
    if (length + next.length + 1 + rest.length > DISCORD_LIMITS.embedDescription) {
      lines.push(rest.trim());
      break;
    }
    lines.push(next);
    length += next.length + 1;
  }
  return replyPayload({
    embeds: [
      {
        title: truncate(`Articles members of ${guildName} can ask about`, DISCORD_LIMITS.embedTitle),
        description: lines.join('\n') || 'No articles yet.',
        color: ANSWER_COLOUR,
        footer: {
          text: 'Add one with /article add (a file or a url); remove this server’s own with /article remove.',
        },
      },
    ],
    ephemeral: true,
  });
}
