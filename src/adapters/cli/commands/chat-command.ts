import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { ChatSession, CHAT_HELP } from '../chat-session.js';
import { openContext } from '../context.js';

/** `article-qa chat`: ask one question after another in the terminal; Ctrl-D quits. */
export function chatCommand(): Command {
  return new Command('chat')
    .description('an interactive session: ask one question after another (Ctrl-D quits)')
    .action(async (_options: unknown, command: Command) => {
      const { engine, logger, indexResult } = await openContext(command);
      const session = new ChatSession(engine, logger, process.stdout.isTTY);
      const interactive = process.stdin.isTTY;
      const reader = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
      if (interactive) {
        const title = indexResult.index.documents[0]?.title ?? 'the article';
        process.stdout.write(`Ask me about "${title}". ${CHAT_HELP}\n\n`);
        reader.setPrompt('? ');
        reader.prompt();
      }
      for await (const line of reader) {
        const output = await session.handle(line);
        if (output) process.stdout.write(`${output}\n\n`);
        if (interactive) reader.prompt();
      }
      if (interactive) process.stdout.write('\nBye.\n');
    });
}
