import { Command, CommanderError } from 'commander';
import { describeFailure, EXIT_USAGE } from './failures.js';
import { indexCommand } from './commands/index-command.js';
import { searchCommand } from './commands/search-command.js';
import { askCommand } from './commands/ask-command.js';
import { chatCommand } from './commands/chat-command.js';
import { summaryCommand } from './commands/summary-command.js';
import { sectionsCommand } from './commands/sections-command.js';
import { addCommand, listCommand, removeCommand } from './commands/articles-commands.js';

/** The command registry: one factory per command file. */
const COMMANDS: Array<() => Command> = [
  indexCommand,
  searchCommand,
  askCommand,
  chatCommand,
  summaryCommand,
  sectionsCommand,
  addCommand,
  listCommand,
  removeCommand,
];

/** Builds the `article-qa` program. */
export function buildProgram(): Command {
  const program = new Command('article-qa')
    .description('Ask questions about an article and get answers with checkable citations, fully offline.')
    .option('--corpus <path>', 'an article file (.txt, .md, .html, .pdf, .docx) or a folder of them (default: the bundled article)')
    .option('--index-dir <dir>', 'where the index is stored (default: embeddings/index)')
    .option('--model <id>', 'embedding model id (default: article-qa/glove-sif-100d, bundled and offline)')
    .option('--config <file>', 'config file (default: config/default.json)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug or trace')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const create of COMMANDS) program.addCommand(create().exitOverride().showHelpAfterError('(run with --help for usage)'));
  return program;
}

/** Entry point used by bin/article-qa.js. Never throws: every failure becomes a message and an exit code. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; parse errors were already printed with usage.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    const { message, exitCode } = describeFailure(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = exitCode;
  }
}
