/** The command line of `npm run bench` (see bench.ts). */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

/** Printed for --help, and after a mistyped option. */
export const usage =
  'Usage: node dist/tools/bench.js [--questions FILE.jsonl] [--stories FILE.jsonl] [--one-line-mb 50] [--large-corpus DIR] [--sizes 10000,100000]\n' +
  '                                [--seed 42] [--out bench-results] [--cold-runs 7] [--rounds 5]';

/** The options as given, with their defaults; parseArgs throws on an unknown or mistyped one. */
export function parseBenchOptions() {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      'large-corpus': { type: 'string' },
      stories: { type: 'string' },
      'one-line-mb': { type: 'string' },
      sizes: { type: 'string', default: '10000,100000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: 'bench-results' },
      'cold-runs': { type: 'string', default: '7' },
      rounds: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  return values;
}

/** The options' values, as parseBenchOptions returns them. */
export type BenchOptions = ReturnType<typeof parseBenchOptions>;

/** The questions of a JSON-lines file (`q` or `question` on each line). */
export async function readQuestions(file: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const record = JSON.parse(line) as { q?: string; question?: string };
    return record.q ?? record.question ?? '';
  });
}
