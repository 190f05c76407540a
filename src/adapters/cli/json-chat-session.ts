import { ConversationMemory } from '../../core/conversation/conversation-memory.js';
import { ConversationalQa } from '../../core/conversation/conversational-qa.js';
import type { ConversationEngine } from '../../core/conversation/conversational-types.js';
import type { Logger } from '../../logging/logger.js';
import { isNewConversationCommand, NEW_CONVERSATION } from './chat-session.js';
import { batchErrorLine } from './failures.js';

/** One input line of `chat --json`. */
interface ChatRequest {
  conversation: string;
  question: string;
}

/** Reads `{"conversation": "<id>", "question": "<text>"}`; throws a message fit for an error line. */
export function parseChatRequest(line: string): ChatRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error('not JSON: give {"conversation": "<id>", "question": "<text>"} on each line');
  }
  const { conversation, question } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof conversation !== 'string' || conversation.trim() === '' || typeof question !== 'string') {
    throw new Error('each line needs a "conversation" id and a "question", both strings');
  }
  return { conversation, question };
}

/**
 * `chat --json`: turns each input line into one output line. A question is answered in its
 * conversation's context, `ask --json`-shaped with `conversation` (and `resolvedQuestion` when
 * the context changed it). `:new`, as in the interactive chat, starts afresh instead of being
 * asked: as a turn's question, that conversation; as a line of its own, every conversation.
 * It had been answered as a question ("The US and NATO are likely to reject …") and the
 * conversation kept its context, so a script could not start one over under the same id.
 */
export class JsonChatSession {
  private conversations: ConversationalQa;

  constructor(
    private readonly engine: ConversationEngine,
    private readonly logger: Logger,
  ) {
    this.conversations = this.fresh();
  }

  private fresh(): ConversationalQa {
    return new ConversationalQa(this.engine, new ConversationMemory(), { logger: this.logger });
  }

  /** The JSON line answering one input line. */
  async handle(line: string): Promise<string> {
    if (isNewConversationCommand(line)) {
      this.conversations = this.fresh();
      return JSON.stringify({ input: line, command: 'new', message: 'New conversations: every earlier question is forgotten.' });
    }
    let request: ChatRequest;
    try {
      request = parseChatRequest(line);
    } catch (error) {
      return JSON.stringify({ input: line, error: (error as Error).message });
    }
    const { conversation, question } = request;
    try {
      if (isNewConversationCommand(question)) {
        await this.conversations.restart(conversation);
        return JSON.stringify({ conversation, question, command: 'new', message: NEW_CONVERSATION });
      }
      return JSON.stringify(await this.conversations.ask(conversation, question));
    } catch (error) {
      const failure = JSON.parse(batchErrorLine(question, error, this.logger)) as Record<string, unknown>;
      return JSON.stringify({ conversation, ...failure });
    }
  }
}
