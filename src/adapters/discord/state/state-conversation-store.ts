import type { Conversation, ConversationStore } from '../../../core/conversation/types.js';
import type { StateStore } from './state-store.js';

/**
 * The core's conversation store, kept in the bot's state store: conversations survive restarts
 * and are shared by shards using the same database.
 */
export class StateConversationStore implements ConversationStore {
  constructor(private readonly state: Pick<StateStore, 'loadConversation' | 'saveConversation'>) {}

  load(id: string): Promise<Conversation | undefined> {
    return Promise.resolve(this.state.loadConversation(id));
  }

  save(conversation: Conversation): Promise<void> {
    this.state.saveConversation(conversation);
    return Promise.resolve();
  }
}
