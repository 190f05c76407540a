import type { ConversationPlace } from '../question-service.js';
import { directConversation, questionConversation, threadConversation } from './conversation-keys.js';

/** Where a question was asked, as far as its conversation is concerned. */
export interface QuestionSite {
  /** The interaction or message id. */
  questionId: string;
  userId: string;
  /** Null in DMs. */
  guildId: string | null;
  /** The thread, when asked in a thread the bot opened for follow-ups. */
  botThreadId?: string;
  /** The conversation of the message this one replies to, if it belongs to one. */
  repliedConversation?: string;
  /** The answer is shown only to the asker. */
  private: boolean;
}

/**
 * The conversation a question belongs to:
 * - in DMs, the member's one DM conversation, which forgets after a long silence;
 * - in a thread the bot opened, the thread's conversation;
 * - a reply to a message of a conversation (a mention replying to an answer), that conversation;
 * - anywhere else, a new conversation of its own, which replies and Follow up continue.
 * A private answer in a server reads its conversation but is not added to it: a public thread
 * never builds on what only one member saw.
 */
export function conversationPlace(site: QuestionSite): ConversationPlace {
  if (site.guildId === null) return { conversationId: directConversation(site.userId), keepWhenIdle: false, record: true };
  const record = !site.private;
  if (site.botThreadId !== undefined) return { conversationId: threadConversation(site.botThreadId), keepWhenIdle: true, record };
  if (site.repliedConversation !== undefined) return { conversationId: site.repliedConversation, keepWhenIdle: true, record };
  return { conversationId: questionConversation(site.questionId), keepWhenIdle: true, record };
}
