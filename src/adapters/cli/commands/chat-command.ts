import { Command } from 'commander';
import { openContext, type CliServices } from '../context.js';

/** `article-qa chat [--json]`: ask one question after another, each in the context of the ones before. */
export function chatCommand(services: CliServices): Command {
  return new Command('chat')
    .description('a conversation: ask one question after another, follow-ups in context (Ctrl-D quits)')
    .option(
      '--json',
      'read {"conversation", "question"} JSON lines from stdin; write one JSON answer line each',
    )
    .action(async (options: { json?: boolean }, command: Command) => {
      // The conversation rules are imported while the engine loads, and by this command only.
      const running = import('./chat-run.js');
      running.catch(() => undefined); // awaited below, unless opening the engine fails first
      const { engine, logger } = await openContext(command, services);
      const { answerConversations, chatInteractively } = await running;
      return options.json ? answerConversations(engine, logger) : chatInteractively(engine, logger);
    });
}
