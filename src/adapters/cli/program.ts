import { Command } from 'commander';
import { DEFAULT_MODEL_ID } from '../../core/embedding/model-files.js';
import type { CliServices } from './context.js';
import { indexCommand } from './commands/index-command.js';
import { searchCommand } from './commands/search-command.js';
import { askCommand } from './commands/ask-command.js';
import { chatCommand } from './commands/chat-command.js';
import { summaryCommand } from './commands/summary-command.js';
import { sectionsCommand } from './commands/sections-command.js';
import { addCommand, listCommand, removeCommand } from './commands/articles-commands.js';

/** The command registry: one factory per command file. */
const COMMANDS: Array<(services: CliServices) => Command> = [
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

/**
 * Builds the `article-qa` program. Its commands reach the engine, the article library and the
 * model only through `services`, which the composition root (src/app/cli.ts) provides.
 * @param version printed by `--version` (`-V`), when given.
 */
export function buildProgram(services: CliServices, version?: string): Command {
  const program = new Command('article-qa')
    .description('Ask questions about an article and get answers with checkable citations, fully offline.')
    .option('--corpus <path>', 'an article file (.txt, .md, .html, .pdf, .docx) or a folder of them (default: the bundled article)')
    .option('--index-dir <dir>', 'where the index is stored (default: embeddings/index)')
    .option('--model <id>', `embedding model id (default: ${DEFAULT_MODEL_ID}, bundled and offline)`)
    .option('--config <file>', 'config file (default: config/default.json)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  if (version !== undefined) program.version(version, '-V, --version', 'print the version and exit');
  for (const create of COMMANDS)
    program.addCommand(create(services).exitOverride().showHelpAfterError('(run with --help for usage)'));
  return program;
}
