import type { APIEmbed } from 'discord.js';
import type { Summary } from '../../../core/summary/types.js';
import { escapeArticleText } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { ANSWER_COLOUR } from './answer-reply.js';
import { sourceLines } from './citation-lines.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

function summaryTitle(summary: Summary): string {
  const where = summary.section
    ? `${summary.docTitle} — ${summary.section.title ?? 'Introduction'}`
    : summary.docTitle;
  return truncate(`Summary: ${where}`, DISCORD_LIMITS.embedTitle);
}

/**
 * `/summary`: the quoted key sentences with their [n] markers, then the sources they come
 * from. Two embeds, each within its limits and together under 6,000 characters.
 */
export function summaryReply(summary: Summary): ReplyPayload {
  const title = truncate(escapeArticleText(summaryTitle(summary)), DISCORD_LIMITS.embedTitle);
  const description = truncate(escapeArticleText(summary.summary), 3000);
  const how =
    summary.mode === 'generated'
      ? `Written by ${summary.model ?? 'a language model'} from the cited passages; check them.`
      : 'Sentences quoted from the article, in its order.';
  const footer = truncate(summary.note ? `${summary.note} ${how}` : how, 500);
  const body: APIEmbed = { title, description, color: ANSWER_COLOUR, footer: { text: footer } };
  const used = title.length + description.length + footer.length;
  const sources: APIEmbed = {
    title: 'Sources',
    description: truncate(
      sourceLines(summary.citations).join('\n'),
      Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedsTotal - used - 20),
    ),
    color: ANSWER_COLOUR,
  };
  return replyPayload({ embeds: summary.citations.length > 0 ? [body, sources] : [body] });
}
