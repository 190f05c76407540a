import type { APIEmbed } from 'discord.js';
import { escapeArticleText, escapeUserText } from '../escaping.js';
import { DISCORD_LIMITS, packEmbeds, splitText, truncate } from '../limits.js';
import type { AnswerRecord } from '../state/state-store.js';
import { ANSWER_COLOUR, NOT_FOUND_COLOUR } from './answer-reply.js';
import { citationUrl, distinctSourceLabels } from './citation-lines.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

/** One embed per passage (split further if a passage is ever longer than an embed holds). */
function passageEmbeds(record: AnswerRecord): APIEmbed[] {
  const colour = record.abstained ? NOT_FOUND_COLOUR : ANSWER_COLOUR;
  const labels = distinctSourceLabels(record.citations);
  return record.citations.flatMap((citation, at) => {
    const parts = splitText(escapeArticleText(citation.text), DISCORD_LIMITS.embedDescription);
    const title = truncate(`[${citation.n}] ${labels[at] as string}`, DISCORD_LIMITS.embedTitle);
    // The title links to the article on the web, when it came from there; a file is named below
    // the passage, so a reader can find it (and tell two articles with one title apart).
    const url = citationUrl(citation);
    const file = !url && citation.source ? { footer: { text: truncate(`From ${citation.source}`, DISCORD_LIMITS.footerText) } } : {};
    return parts.map((part, index) => ({
      title: index === 0 ? title : truncate(`${title} (continued)`, DISCORD_LIMITS.embedTitle),
      ...(index === 0 && url ? { url } : {}),
      description: part,
      color: colour,
      ...(index === parts.length - 1 ? file : {}),
    }));
  });
}

/**
 * The full passages an answer cited, for the one user who pressed Sources: one embed each,
 * packed into as few ephemeral messages as Discord's limits allow (send the first as the
 * reply and the rest as follow-ups).
 */
export function sourcesReplies(record: AnswerRecord): ReplyPayload[] {
  const heading = record.abstained
    ? `The article does not answer **${escapeUserText(truncate(record.question, 200))}**; these were the closest passages:`
    : `Passages cited for **${escapeUserText(truncate(record.question, 200))}**:`;
  const groups = packEmbeds(passageEmbeds(record));
  if (groups.length === 0)
    return [replyPayload({ content: 'This answer cited no passages.', ephemeral: true })];
  return groups.map((embeds, index) =>
    replyPayload({ ...(index === 0 ? { content: heading } : {}), embeds, ephemeral: true }),
  );
}
