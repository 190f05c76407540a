import type { Conversation, ConversationStore } from './types.js';

/**
 * Conversations kept in process memory (the CLI's `chat`), at most `maxConversations` of them:
 * the one used longest ago is forgotten first.
 */
export class ConversationMemory implements ConversationStore {
  private readonly conversations = new Map<string, Conversation>();

  constructor(private readonly maxConversations = 1_000) {}

  load(id: string): Promise<Conversation | undefined> {
    const conversation = this.conversations.get(id);
    if (conversation) {
      // Re-inserting keeps the map in order of use.
      this.conversations.delete(id);
      this.conversations.set(id, conversation);
    }
    return Promise.resolve(conversation);
  }

  save(conversation: Conversation): Promise<void> {
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
    while (this.conversations.size > this.maxConversations) {
      const oldest = this.conversations.keys().next().value;
      if (oldest === undefined) break;
      this.conversations.delete(oldest);
    }
    return Promise.resolve();
  }

  /** How many conversations are held. */
  get size(): number {
    return this.conversations.size;
  }
}
