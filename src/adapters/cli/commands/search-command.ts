import { Command, InvalidArgumentError } from 'commander';
import type { SearchResponse } from '../../../core/engine.js';
import { excerpt } from '../../../core/display.js';
import { openContext, type CliServices } from '../context.js';
import { batchErrorLine, CliExit, EXIT_USAGE } from '../failures.js';
import { forEachInputLine, writeLine } from '../io.js';
import { BATCH_HINT } from './ask-command.js';

/** Parses a positive integer flag, rejecting anything else with a usage error. */
export function positiveInteger(max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > max) {
      throw new InvalidArgumentError(`must be a whole number from 1 to ${max}`);
    }
    return number;
  };
}

/** Human-readable search results. */
export function formatSearch(response: SearchResponse): string {
  if (response.results.length === 0) return 'No passages matched.';
  return response.results
    .map((hit) => `${hit.rank}. [${hit.score.toFixed(3)}] ${hit.section ?? hit.docId}\n   ${excerpt(hit.text, 300)}`)
    .join('\n\n');
}

/** `article-qa search "<question>" [--k 5] [--json] [--batch]`. */
export function searchCommand(services: CliServices): Command {
  return new Command('search')
    .description('show the passages that best match a question')
    .argument('[question]', 'the question (omit with --batch)')
    .option('--k <number>', 'number of passages', positiveInteger(50), 5)
    .option('--json', 'print JSON')
    .option('--batch', 'read questions from stdin, one per line; write one JSON line each')
    .option('--mode <mode>', 'hybrid, vector or keyword (for comparisons)', 'hybrid')
    .action(async (question: string | undefined, options: { k: number; json?: boolean; batch?: boolean; mode: string }, command: Command) => {
      if (!['hybrid', 'vector', 'keyword'].includes(options.mode)) throw new CliExit(EXIT_USAGE, '--mode must be hybrid, vector or keyword');
      const mode = options.mode as 'hybrid' | 'vector' | 'keyword';
      if (!options.batch && question === undefined) throw new CliExit(EXIT_USAGE, 'Give a question, e.g. article-qa search "Who led the US delegation?", or use --batch.');
      const { engine, logger } = await openContext(command, services, options.batch ? {} : { question: question ?? '' });
      if (options.batch) {
        await forEachInputLine(
          async (line) => {
            try {
              await writeLine(JSON.stringify(await engine.search(line, options.k, mode)));
            } catch (error) {
              await writeLine(batchErrorLine(line, error, logger));
            }
          },
          process.stdin,
          { hint: BATCH_HINT },
        );
        return;
      }
      const response = await engine.search(question ?? '', options.k, mode);
      await writeLine(options.json ? JSON.stringify(response) : formatSearch(response));
    });
}
