/**
 * What `article-qa chat` runs, loaded with that command only, so that `ask` and the other commands
 * do not pay for importing the conversation rules.
 */
import { createInterface } from 'node:readline/promises';
import { ConversationMemory } from '../../../core/conversation/conversation-memory.js';
import { ConversationalQa } from '../../../core/conversation/conversational-qa.js';
import type { QaEngine } from '../../../core/engine.js';
import type { Logger } from '../../../logging/logger.js';
import { ChatSession, CHAT_HELP, isQuitCommand } from '../chat-session.js';
import { batchErrorLine } from '../failures.js';
import { forEachInputLine, writeLine } from '../io.js';

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
 * Answers JSON lines from stdin in order, each in its conversation's context: one `ask
 * --json`-shaped line per input line, with `conversation` and, when the context changed the
 * question, `resolvedQuestion`. A bad line gets an error line and the rest go on.
 */
export async function answerConversations(engine: QaEngine, logger: Logger): Promise<void> {
  const conversations = new ConversationalQa(engine, new ConversationMemory(), { logger });
  await forEachInputLine(async (line) => {
    let request: ChatRequest;
    try {
      request = parseChatRequest(line);
    } catch (error) {
      await writeLine(JSON.stringify({ input: line, error: (error as Error).message }));
      return;
    }
    try {
      await writeLine(JSON.stringify(await conversations.ask(request.conversation, request.question)));
    } catch (error) {
      const failure = JSON.parse(batchErrorLine(request.question, error, logger)) as Record<string, unknown>;
      await writeLine(JSON.stringify({ conversation: request.conversation, ...failure }));
    }
  }, process.stdin, {
    hint: 'Reading {"conversation": "<id>", "question": "<text>"} lines, each answered with a JSON line; Ctrl-D ends. (For a conversation in words, run article-qa chat without --json.)',
  });
}

/** The interactive chat: one question per line, each answered in the context of the ones before. */
export async function chatInteractively(engine: QaEngine, logger: Logger): Promise<void> {
  const session = new ChatSession(engine, logger, process.stdout.isTTY);
  const interactive = process.stdin.isTTY;
  const reader = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  if (interactive) {
    const title = engine.documents()[0]?.title ?? 'the article';
    process.stdout.write(`Ask me about "${title}". ${CHAT_HELP}\n\n`);
    reader.setPrompt('? ');
    reader.prompt();
  }
  for await (const line of reader) {
    if (isQuitCommand(line)) break;
    const output = await session.handle(line);
    if (output) process.stdout.write(`${output}\n\n`);
    if (interactive) reader.prompt();
  }
  // After :quit the terminal is still ours: close the reader, or stdin keeps the process alive.
  reader.close();
  if (interactive) process.stdout.write('\nBye.\n');
}
