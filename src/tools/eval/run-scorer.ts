/** Running one of the shared scorers (score-qa.mjs, score-dialogue.mjs) in a child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseScorerOutput, type ScorerOutput } from '../scorer-output.js';

/** Runs a scorer and returns its last line, parsed. */
export function score(scorer: string, args: string[]): Record<string, number> {
  return scoreInDetail(scorer, args).summary;
}

/** Runs a scorer with `--details`: its summary and its row for each question or turn. */
export function scoreInDetail(scorer: string, args: string[]): ScorerOutput {
  const run = spawnSync(process.execPath, [scorer, ...args, '--details'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = parseScorerOutput(run.stdout);
  if (run.status !== 0 || !output)
    throw new Error(
      `${path.basename(scorer)} failed (exit ${run.status}): ${run.stdout.trim().split('\n').pop() ?? ''}\n${run.stderr.slice(-2000)}`,
    );
  return output;
}
