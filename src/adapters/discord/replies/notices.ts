import { breakMaskedLinks, defuseMassMentions } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

/** A user error's message, shown privately as it is. */
export function userErrorReply(message: string): ReplyPayload {
  // Messages keep their own formatting (`/article list`), but may echo what a member typed or an
  // article's title ("There is no section \"[free nitro](https://…)\""): no live link, no mass mention.
  return replyPayload({ content: truncate(breakMaskedLinks(defuseMassMentions(message)), DISCORD_LIMITS.content), ephemeral: true });
}

/** The reply to a bug: an apology and the incident id that the log line carries too. */
export function apologyReply(incidentId: string): ReplyPayload {
  return replyPayload({
    content: `Sorry, something went wrong on my side. If it keeps happening, tell the server admins and quote incident \`${incidentId}\`.`,
    ephemeral: true,
  });
}

/** The reply while the bot is shutting down. */
export function restartingReply(): ReplyPayload {
  return replyPayload({
    content: "I'm restarting right now; please ask again in a minute.",
    ephemeral: true,
  });
}

/** The reply to a mention with no question after it. */
export function mentionUsageReply(botMention: string): ReplyPayload {
  return replyPayload({
    content: `Ask me about the article, e.g. ${botMention} Who led the US delegation? (or use \`/ask\`).`,
  });
}

/** The acknowledgement of a 👍/👎 click. */
export function voteReply(vote: 1 | -1, outcome: 'recorded' | 'changed' | 'unchanged'): ReplyPayload {
  const emoji = vote === 1 ? '👍' : '👎';
  const content =
    outcome === 'recorded'
      ? `Thanks for the feedback! Recorded your ${emoji}.`
      : outcome === 'changed'
        ? `Changed your vote to ${emoji}. Thanks!`
        : `You already voted ${emoji} on this answer.`;
  return replyPayload({ content, ephemeral: true });
}
