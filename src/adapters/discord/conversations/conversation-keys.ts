/**
 * Conversation ids: one per thread the bot opened, one per member's DMs, and one per question
 * asked elsewhere (a channel's `/ask` or mention), which replies to it then continue. Pure, so
 * that every shard names a conversation the same way.
 */

/** The conversation of a thread the bot opened for follow-ups. */
export function threadConversation(threadId: string): string {
  return `thread:${threadId}`;
}

/** A member's DM conversation with the bot. */
export function directConversation(userId: string): string {
  return `dm:${userId}`;
}

/** The conversation a question asked in a channel starts (its interaction or message id). */
export function questionConversation(questionId: string): string {
  return `question:${questionId}`;
}

/** Whether a conversation is a thread's. */
export function isThreadConversation(conversationId: string): boolean {
  return conversationId.startsWith('thread:');
}
