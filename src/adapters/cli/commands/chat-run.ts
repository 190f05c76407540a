/**
 * What `article-qa chat` runs, loaded with that command only, so that `ask` and the other commands
 * do not pay for importing the conversation rules.
 */
import { createInterface } from 'node:readline/promises';
import type { QaEngine } from '../../../core/engine.js';
import type { Logger } from '../../../logging/logger.js';
import { ChatSession, CHAT_HELP, isQuitCommand } from '../chat-session.js';
import { JsonChatSession } from '../json-chat-session.js';
import { forEachInputLine, writeLine } from '../io.js';

/**
 * Answers JSON lines from stdin in order (see {@link JsonChatSession}): one line out per line in.
 * A bad line gets an error line and the rest go on.
 */
export async function answerConversations(engine: QaEngine, logger: Logger): Promise<void> {
  const session = new JsonChatSession(engine, logger);
  await forEachInputLine(async (line) => writeLine(await session.handle(line)), process.stdin, {
    hint: 'Reading {"conversation": "<id>", "question": "<text>"} lines, each answered with a JSON line; ":new" as a question starts that conversation afresh; Ctrl-D ends. (For a conversation in words, run article-qa chat without --json.)',
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
