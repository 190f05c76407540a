import type { RepliableInteraction } from 'discord.js';
import { isUserError, newIncidentId } from '../../core/errors.js';
import type { Logger } from '../../logging/logger.js';
import { apologyReply, userErrorReply } from './replies/notices.js';
import { toEditOptions, toReplyOptions, type ReplyPayload } from './replies/reply-payload.js';
import { describeError, isPermissionRefusal } from './safe-error.js';

/** Where a failure happened, for the log line: kind of event, command or button, ids. */
export type HandlerContext = Record<string, string | number | boolean | null | undefined>;

/** What the boundary needs: a logger and the secrets to keep out of it. */
export interface BoundaryOptions {
  logger: Logger;
  /** Strings never to log (the bot token). */
  secrets: readonly string[];
}

/** What a member is told when Discord refused the bot a permission it needs where they asked. */
export const MISSING_PERMISSION_MESSAGE =
  "I can't answer here: this server doesn't give me a permission I need in this channel (View Channel, Send Messages, Send Messages in Threads, Embed Links, Read Message History). Ask an admin to check my role.";

/**
 * The one error boundary of every handler. A user error (bad input, cooldown, missing
 * permission) becomes a helpful private reply, and so does Discord refusing the bot a permission
 * (logged as a warning naming the permissions); anything else is a bug: logged with context
 * and an incident id, and the user gets an apology quoting the id. Nothing escapes: a failure
 * to send the error reply is logged too.
 */
export async function withErrorBoundary(
  options: BoundaryOptions,
  context: HandlerContext,
  work: () => Promise<void>,
  respond: (payload: ReplyPayload, kind: FailureKind) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    let payload: ReplyPayload;
    let kind: FailureKind;
    if (isUserError(error)) {
      kind = 'user-error';
      options.logger.info({ ...context, code: error.code }, 'user error');
      payload = userErrorReply(error.message);
    } else if (isPermissionRefusal(error)) {
      // A server's setting, not a bug: the admin reads which channel in the log, the member is told
      // (when Discord lets the bot say anything there at all).
      options.logger.warn(
        { ...context, error: describeError(error, options.secrets) },
        'Discord refused the bot a permission: it needs View Channel, Send Messages, Send Messages in Threads, Embed Links and Read Message History where it answers',
      );
      payload = userErrorReply(MISSING_PERMISSION_MESSAGE);
      kind = 'permission';
    } else {
      kind = 'bug';
      const incident = newIncidentId();
      options.logger.error(
        { ...context, incident, error: describeError(error, options.secrets) },
        'handler failed',
      );
      payload = apologyReply(incident);
    }
    try {
      await respond(payload, kind);
    } catch (replyError) {
      options.logger.warn(
        { ...context, error: describeError(replyError, options.secrets) },
        'could not send the error reply',
      );
    }
  }
}

/** What went wrong in a handler: the member's input, a permission the server withholds, or a bug. */
export type FailureKind = 'user-error' | 'permission' | 'bug';

/**
 * Sends a payload the right way for where the interaction stands: reply, edit of the deferred
 * reply, or follow-up. With `privateUserError`, a user error found after a public deferral of a
 * command ("sum up section 9" is found wrong only once the summary is under way) does not stand
 * in the channel: the public "thinking…" is deleted and the message sent privately, as an error
 * found before deferring is. An apology for a bug and a restart note still replace the answer in
 * place, where everyone waiting sees them.
 */
export async function respondToInteraction(
  interaction: RepliableInteraction,
  payload: ReplyPayload,
  options: { privateUserError?: boolean } = {},
): Promise<void> {
  if (
    options.privateUserError === true &&
    payload.ephemeral &&
    interaction.deferred &&
    !interaction.replied &&
    interaction.isCommand() &&
    interaction.ephemeral === false
  ) {
    await interaction.deleteReply();
    await interaction.followUp(toReplyOptions(payload));
  } else if (interaction.deferred && !interaction.replied) await interaction.editReply(toEditOptions(payload));
  else if (interaction.replied) await interaction.followUp(toReplyOptions(payload));
  else await interaction.reply(toReplyOptions(payload));
}
