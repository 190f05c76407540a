import type { RepliableInteraction } from 'discord.js';
import { isUserError, newIncidentId } from '../../core/errors.js';
import type { Logger } from '../../logging/logger.js';
import { apologyReply, userErrorReply } from './replies/notices.js';
import { toEditOptions, toReplyOptions, type ReplyPayload } from './replies/reply-payload.js';
import { describeError } from './safe-error.js';

/** Where a failure happened, for the log line: kind of event, command or button, ids. */
export type HandlerContext = Record<string, string | number | boolean | null | undefined>;

/** What the boundary needs: a logger and the secrets to keep out of it. */
export interface BoundaryOptions {
  logger: Logger;
  /** Strings never to log (the bot token). */
  secrets: readonly string[];
}

/**
 * The one error boundary of every handler. A user error (bad input, cooldown, missing
 * permission) becomes a helpful private reply; anything else is a bug: logged with context
 * and an incident id, and the user gets an apology quoting the id. Nothing escapes: a failure
 * to send the error reply is logged too.
 */
export async function withErrorBoundary(
  options: BoundaryOptions,
  context: HandlerContext,
  work: () => Promise<void>,
  respond: (payload: ReplyPayload) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    let payload: ReplyPayload;
    if (isUserError(error)) {
      options.logger.info({ ...context, code: error.code }, 'user error');
      payload = userErrorReply(error.message);
    } else {
      const incident = newIncidentId();
      options.logger.error(
        { ...context, incident, error: describeError(error, options.secrets) },
        'handler failed',
      );
      payload = apologyReply(incident);
    }
    try {
      await respond(payload);
    } catch (replyError) {
      options.logger.warn(
        { ...context, error: describeError(replyError, options.secrets) },
        'could not send the error reply',
      );
    }
  }
}

/** Sends a payload the right way for where the interaction stands: reply, edit of the deferred reply, or follow-up. */
export async function respondToInteraction(
  interaction: RepliableInteraction,
  payload: ReplyPayload,
): Promise<void> {
  if (interaction.deferred && !interaction.replied) await interaction.editReply(toEditOptions(payload));
  else if (interaction.replied) await interaction.followUp(toReplyOptions(payload));
  else await interaction.reply(toReplyOptions(payload));
}
