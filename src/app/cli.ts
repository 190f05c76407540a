/**
 * Entry point of the command line (`bin/article-qa.js`, `npx article-qa`): the CLI adapter's
 * program, wired to the engine, the article library and the model through {@link cliServices}.
 */
import { CommanderError } from 'commander';
import { describeFailure, EXIT_USAGE } from '../adapters/cli/failures.js';
import type { GlobalOptions } from '../adapters/cli/context.js';
import { buildProgram } from '../adapters/cli/program.js';
import { isUserError } from '../core/errors.js';
import { APP_VERSION } from './app-version.js';
import { cliServices } from './cli-services.js';
import { compileRegexpsOnFirstUse } from './regexp-tuning.js';

/** Runs the CLI on `argv`. Never throws: every failure becomes a message and an exit code. */
export async function main(argv: string[]): Promise<void> {
  // A command runs its patterns a few times at most: compile them once (see regexp-tuning.ts).
  compileRegexpsOnFirstUse();
  // `article-qa search … | head -1`: the reader has what it wanted and closed the pipe. Stop
  // quietly, as Unix tools do, instead of a stack trace for the unhandled EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = buildProgram(cliServices, APP_VERSION);
  let command = 'article-qa';
  program.hook('preAction', (_program, action) => {
    command = action.name();
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; parse errors were already printed with usage.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    // A bug is logged with its stack and the command, under the incident id the message quotes:
    // without a logger the id matched no log line, and the stack was lost.
    const logger = isUserError(error) ? undefined : cliServices.failureLogger(program.opts<GlobalOptions>()).child({ command });
    const { message, exitCode } = describeFailure(error, logger);
    process.stderr.write(`${message}\n`);
    process.exitCode = exitCode;
  }
}
