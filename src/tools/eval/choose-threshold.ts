import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Table from 'cli-table3';
import { PROJECT_ROOT } from '../../config/load-config.js';
import type { EvalSet } from './eval-sets.js';
import { score } from './run-scorer.js';

/** Scores the question sets at each threshold and reports the one with the best mean accuracy. */
export async function chooseThreshold(
  thresholds: readonly number[],
  chosen: readonly EvalSet[],
  scratch: string,
  cli: string,
  scorer: string,
  maxFalseAbstain: number,
): Promise<void> {
  const defaults = JSON.parse(
    await readFile(path.join(PROJECT_ROOT, 'config', 'default.json'), 'utf8'),
  ) as Record<string, unknown>;
  const table = new Table({
    head: [
      'minConfidence',
      ...chosen.map((set) => `${set.name} (accuracy / false abstentions)`),
      'mean accuracy',
    ],
    style: { head: [], border: [] },
  });
  let best: { threshold: number; mean: number } | undefined;
  for (const threshold of thresholds) {
    const config = path.join(scratch, `threshold-${threshold}.json`);
    await writeFile(
      config,
      JSON.stringify({ ...defaults, answer: { ...(defaults.answer as object), minConfidence: threshold } }),
    );
    const scores = chosen.map((set) => {
      const where = `--config "${config}" --corpus "${set.corpus ?? path.join(PROJECT_ROOT, 'corpus')}" --index-dir "${path.join(scratch, set.name)}"`;
      return score(scorer, ['--questions', set.file, '--cmd', `${cli} ask --json --batch ${where}`]);
    });
    const mean = scores.reduce((sum, result) => sum + (result.accuracy ?? 0), 0) / scores.length;
    const allowed = scores.every((result) => (result.falseAbstain ?? 0) <= maxFalseAbstain);
    table.push([
      threshold,
      ...scores.map((result) => `${result.accuracy} / ${result.falseAbstain}`),
      `${mean.toFixed(1)}${allowed ? '' : ' (too many false abstentions)'}`,
    ]);
    if (allowed && (!best || mean > best.mean + 1e-9)) best = { threshold, mean };
  }
  process.stdout.write(`${table.toString()}\n`);
  process.stdout.write(
    best
      ? `Best mean accuracy with at most ${maxFalseAbstain} % false abstentions on every set: ${best.mean.toFixed(1)} at answer.minConfidence = ${best.threshold}\n`
      : `No threshold keeps false abstentions at most ${maxFalseAbstain} % on every set.\n`,
  );
}
