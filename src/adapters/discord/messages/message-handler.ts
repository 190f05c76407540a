import type { Message } from 'discord.js';
import type { BotContext } from '../command.js';
import { threadConversation } from '../conversations/conversation-keys.js';
import { conversationPlace } from '../conversations/conversation-place.js';
import { readMentions } from '../mentions.js';
import { answerReply } from '../replies/answer-reply.js';
import { mentionUsageReply } from '../replies/notices.js';
import { toMessageReplyOptions } from '../replies/reply-payload.js';

/**
 * The question in a message: the text with the bot's mentions taken out, spaces collapsed within
 * its lines. Lines stay, since a line quoted with "> " is the context of the question after it.
 */
export function questionFromMessage(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** How a message reaches the bot, or `undefined` when it is not for the bot. */
export type MessageRoute = 'dm' | 'thread' | 'mention';

/**
 * Whether a message is for the bot, and how: any DM; any message in a thread the bot opened for
 * follow-ups (no mention needed); elsewhere only a message that mentions the bot itself (not a
 * role or @everyone). Bots' messages never are, nor are Discord's system messages (a thread
 * renamed, a message pinned, a member added), which carry a member as author but ask nothing.
 */
export function messageRoute(message: {
  authorIsBot: boolean;
  isSystem?: boolean;
  inGuild: boolean;
  mentionsBot: boolean;
  inBotThread: boolean;
}): MessageRoute | undefined {
  if (message.authorIsBot || message.isSystem === true) return undefined;
  if (!message.inGuild) return 'dm';
  if (message.inBotThread) return 'thread';
  return message.mentionsBot ? 'mention' : undefined;
}

/**
 * The conversation of the message this one replies to: linked when it was sent, or, for an
 * answer of the bot's whose link is not there (yet), the conversation of the question it answers.
 */
async function conversationRepliedTo(message: Message, context: BotContext): Promise<string | undefined> {
  const repliedId = message.reference?.messageId;
  if (repliedId === undefined) return undefined;
  const linked = context.questions.conversationOfMessage(repliedId);
  if (linked !== undefined) return linked;
  try {
    const replied = await message.fetchReference();
    const questionId = replied.author.id === message.client.user.id ? replied.reference?.messageId : undefined;
    return questionId === undefined ? undefined : context.questions.conversationOfMessage(questionId);
  } catch {
    // A deleted or unreadable message: the question starts a conversation of its own.
    return undefined;
  }
}

/**
 * How a message reaches the bot, or `undefined` when it is not for the bot. Without the Message
 * Content intent a thread message that does not mention the bot arrives empty, so only mentions
 * in the bot's threads are for it then.
 */
export function routeOf(
  message: Message,
  botId: string,
  context: Pick<BotContext, 'questions' | 'readsThreadMessages'>,
): MessageRoute | undefined {
  const inBotThread =
    message.inGuild() &&
    message.channel.isThread() &&
    context.questions.isConversationThread(threadConversation(message.channelId));
  const mentionsBot = message.mentions.users.has(botId);
  const route = messageRoute({
    authorIsBot: message.author.bot,
    isSystem: message.system === true,
    inGuild: message.inGuild(),
    mentionsBot,
    inBotThread,
  });
  if (route === 'thread' && !mentionsBot && !context.readsThreadMessages) return undefined;
  return route;
}

/** Whether a message is for the bot (see {@link routeOf}): shutdown answers these with a restart note. */
export function isAddressedToBot(
  message: Message,
  botId: string,
  context: Pick<BotContext, 'questions' | 'readsThreadMessages'>,
): boolean {
  return routeOf(message, botId, context) !== undefined;
}

/**
 * A DM, a message in one of the bot's threads, or `@bot <question>` elsewhere: answered like
 * `/ask`, as a reply to the message (without pinging its author), in the message's conversation
 * (the DM's, the thread's, or that of the message it replies to). Mentions of members, roles and
 * channels are left out of the analysed question (see `readMentions`). Other messages, and every
 * bot's, are ignored.
 */
export async function handleMessage(message: Message, botId: string, context: BotContext): Promise<void> {
  const route = routeOf(message, botId, context);
  if (!route) return;
  const text = questionFromMessage(message.content, botId);
  if (text === '') {
    await message.reply(toMessageReplyOptions(mentionUsageReply(`<@${botId}>`)));
    return;
  }
  const question = context.questions.admit(message.author.id, readMentions(text));
  // Typing shows while the answer is composed; failing to show it is harmless.
  if (message.channel.isSendable()) message.channel.sendTyping().catch(() => undefined);
  const repliedConversation = route === 'mention' ? await conversationRepliedTo(message, context) : undefined;
  const place = conversationPlace({
    questionId: message.id,
    userId: message.author.id,
    guildId: message.guildId,
    ...(route === 'thread' ? { botThreadId: message.channelId } : {}),
    ...(repliedConversation === undefined ? {} : { repliedConversation }),
    private: false,
  });
  const answer = await context.questions.answer(
    question,
    {
      answerId: message.id,
      userId: message.author.id,
      guildId: message.guildId,
      via: route,
      // A DM is seen by the asker alone.
      isPrivate: !message.inGuild(),
    },
    place,
  );
  const reply = await message.reply(toMessageReplyOptions(answerReply(answer, { answerId: message.id, echoQuestion: false })));
  context.questions.link(reply.id, place.conversationId);
}
