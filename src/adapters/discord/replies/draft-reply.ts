import { DISCORD_LIMITS } from '../limits.js';
import { fittedText, questionHeader } from './answer-text.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

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
  const header = options.echoQuestion ? questionHeader(question) : '';
  const footer = `\n\n${DRAFT_NOTE}`;
  const text = fittedText(`${draft} …`, [], DISCORD_LIMITS.content - header.length - footer.length);
  return replyPayload({
    content: header + text + footer,
    embeds: [],
    components: [],
    ephemeral: options.ephemeral ?? false,
  });
}
