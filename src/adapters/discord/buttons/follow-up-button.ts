import { DiscordAPIError, MessageFlags, ThreadAutoArchiveDuration, type ThreadChannel } from 'discord.js';
import { UserError } from '../../../core/errors.js';
import type { ButtonHandler } from '../command.js';
import { threadConversation } from '../conversations/conversation-keys.js';
import { readMentions } from '../mentions.js';
import { isPermissionRefusal } from '../safe-error.js';
import { isOnAnswerMessage } from './answer-access.js';
import {
  followUpThreadName,
  privateFollowUpMessage,
  threadIntroReply,
  threadOpenedReply,
  threadPermissionMessage,
} from '../replies/follow-up-reply.js';
import { toEditOptions, toMessageOptions } from '../replies/reply-payload.js';

/** Discord's code for "a thread has already been created for this message". */
const THREAD_ALREADY_CREATED = 160004;


/**
 * Follow up: opens a public thread on the answer, whose conversation starts with the answer's
 * own, so follow-ups in it are read in that context; or, when the answer already has a thread,
 * points to it. Private answers never get a public thread.
 */
export const followUpButton = {
  action: 'follow',
  async execute(interaction, target, context) {
    const { message } = interaction;
    const botMention = `<@${interaction.client.user.id}>`;
    if (message.flags.has(MessageFlags.Ephemeral)) throw new UserError('follow-up-private', privateFollowUpMessage());
    if (!interaction.inGuild() || !message.channel || message.channel.isThread() || message.channel.isDMBased()) {
      throw new UserError('follow-up-here', 'Follow-ups here need no thread: just ask your next question.');
    }
    // A button id names its answer, and anyone can send any id (a forged click): a thread only
    // ever continues the answer on this very message, and never one only its asker saw.
    const record = context.state.findAnswer(target.answerId);
    if (record?.isPrivate === true) throw new UserError('follow-up-private', privateFollowUpMessage());
    if (!isOnAnswerMessage(interaction, target.answerId)) {
      throw new UserError('follow-up-elsewhere', 'That button belongs to another answer: press Follow up under the answer you want to discuss.');
    }
    const conversationId = threadConversation(message.id);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let thread: ThreadChannel | undefined;
    if (!message.hasThread) {
      try {
        thread = await message.startThread({
          // A thread name shows mention markup as typed, not as names: leave it out there.
          name: followUpThreadName(readMentions(record?.question ?? 'this answer').analysed),
          autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
        });
      } catch (error) {
        if (isPermissionRefusal(error)) throw new UserError('follow-up-permissions', threadPermissionMessage(botMention));
        // Someone else pressed Follow up at the same moment: the thread is there now.
        if (!(error instanceof DiscordAPIError && error.code === THREAD_ALREADY_CREATED)) throw error;
      }
    }
    // A thread on the answer (ours, or one a member opened by hand) continues the answer's conversation.
    const source = context.questions.conversationOfMessage(target.answerId) ?? context.questions.conversationOfMessage(message.id);
    await context.questions.conversations.fork(source, conversationId);
    context.questions.link(message.id, conversationId);
    if (thread) {
      // A server can let the bot open threads but not post in them: the member hears which permission is missing.
      await thread.send(toMessageOptions(threadIntroReply(context.readsThreadMessages, botMention))).catch((error: unknown) => {
        throw isPermissionRefusal(error) ? new UserError('follow-up-permissions', threadPermissionMessage(botMention)) : error;
      });
    }
    await interaction.editReply(toEditOptions(threadOpenedReply(message.id, thread !== undefined)));
  },
} satisfies ButtonHandler<'follow'>;
