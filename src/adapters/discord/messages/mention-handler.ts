import type { Message } from 'discord.js';
import type { BotContext } from '../command.js';
import { readMentions } from '../mentions.js';
import { answerReply } from '../replies/answer-reply.js';
import { mentionUsageReply } from '../replies/notices.js';
import { toMessageReplyOptions } from '../replies/reply-payload.js';

/** Whether a message is for the bot: a DM, or a guild message that mentions the bot itself (not a role or @everyone). */
export function isAddressedToBot(
  message: Pick<Message, 'author' | 'inGuild' | 'mentions'>,
  botId: string,
): boolean {
  if (message.author.bot) return false;
  return !message.inGuild() || message.mentions.users.has(botId);
}

/** The question in a message: the text with the bot's mentions taken out. */
export function questionFromMessage(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `@bot <question>` in a channel, or any DM: the same answer as `/ask`, as a reply to the
 * message (without pinging its author). Other messages, and every bot's, are ignored.
 */
export async function handleMention(message: Message, botId: string, context: BotContext): Promise<void> {
  if (!isAddressedToBot(message, botId)) return;
  const text = questionFromMessage(message.content, botId);
  if (text === '') {
    await message.reply(toMessageReplyOptions(mentionUsageReply(`<@${botId}>`)));
    return;
  }
  const question = context.questions.admit(message.author.id, readMentions(text));
  // Typing shows while the answer is composed; failing to show it is harmless.
  if (message.channel.isSendable()) message.channel.sendTyping().catch(() => undefined);
  const answer = await context.questions.answer(question, {
    answerId: message.id,
    userId: message.author.id,
    guildId: message.guildId,
    via: message.inGuild() ? 'mention' : 'dm',
    // A DM is seen by the asker alone.
    isPrivate: !message.inGuild(),
  });
  await message.reply(
    toMessageReplyOptions(answerReply(answer, { answerId: message.id, echoQuestion: false })),
  );
}
