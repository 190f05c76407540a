import { escapeArticleText, escapeUserText } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

/** Longest question echoed above a draft, as above an answer. */
const QUESTION_ECHO_CHARS = 300;
/** Shown under a draft: it is not the answer yet, and its sources come with the answer. */
export const DRAFT_NOTE = '-# ✍️ Writing… the sources follow when the answer is complete.';

/**
 * An answer being written by the language model, as the deferred reply shows it meanwhile: the
 * question, the text so far (escaped, without citation markers) and a note that it is a draft.
 * No sources and no buttons: those belong to the checked answer that replaces it.
 */
export function draftReply(
  question: string,
  draft: string,
  options: { echoQuestion: boolean; ephemeral?: boolean },
): ReplyPayload {
  const header = options.echoQuestion
    ? `**Question:** ${escapeUserText(truncate(question, QUESTION_ECHO_CHARS))}\n`
    : '';
  const footer = `\n\n${DRAFT_NOTE}`;
  const budget = DISCORD_LIMITS.content - header.length - footer.length;
  // Escaping may lengthen the text: shorten the plain text by the overshoot until it fits.
  let plain = `${draft} …`;
  let text = escapeArticleText(plain);
  for (let attempt = 0; text.length > budget && attempt < 8; attempt += 1) {
    plain = truncate(plain, Math.max(1, plain.length - (text.length - budget)));
    text = escapeArticleText(plain);
  }
  if (text.length > budget) text = truncate(plain, budget);
  return replyPayload({
    content: header + text + footer,
    embeds: [],
    components: [],
    ephemeral: options.ephemeral ?? false,
  });
}
