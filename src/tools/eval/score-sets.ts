/** The default run of the evaluation: every set scored against the CLI, beside the keyword floor. */
import path from 'node:path';
import Table from 'cli-table3';
import { PROJECT_ROOT } from '../../config/load-config.js';
import type { ScorerOutput } from '../scorer-output.js';
import { rowsAccuracy } from './compare-runs.js';
import type { EvalSet } from './eval-sets.js';
import { score, scoreInDetail } from './run-scorer.js';
import { scoreStories } from './score-stories.js';

/** Each set's figures for the engine (and the keyword floor, for question sets), with each question's scored answer. */
export type SetResults = Record<
  string,
  { engine: Record<string, number>; keywordFloor?: Record<string, number>; answers: ScorerOutput['details'] }
>;

/**
 * Scores each set: a question set by score-qa.mjs against `cli` (ask) and the keyword floor
 * `floor`, a dialogue set by score-dialogue.mjs against `cli` (chat). Indexes go under `scratch`.
 */
export function scoreSets(chosen: readonly EvalSet[], evalDirectory: string, commands: { cli: string; floor: string }, scratch: string): SetResults {
  const { cli, floor } = commands;
  const results: SetResults = {};
  for (const set of chosen) {
    process.stderr.write(`scoring ${set.name}…\n`);
    if (set.stories) {
      // Each story asked as the only article: its questions were written for it alone.
      const scorer = path.join(evalDirectory, 'score-qa.mjs');
      const { summary, details } = scoreStories(scorer, set.file, set.stories, `${cli} ask --json --batch --corpus "{corpus}" --index-dir "{index}"`, path.join(scratch, set.name));
      const floorRun = scoreStories(scorer, set.file, set.stories, `${floor} --corpus "{corpus}"`, path.join(scratch, `${set.name}-floor`));
      results[set.name] = { engine: summary, keywordFloor: floorRun.summary, answers: details };
      continue;
    }
    const corpus = set.corpus ?? path.join(PROJECT_ROOT, 'corpus');
    const where = `--corpus "${corpus}" --index-dir "${path.join(scratch, set.name)}"`;
    // Each question's row is kept beside the figures, so two runs can be compared answer by answer.
    if (set.dialogue) {
      const { summary, details } = scoreInDetail(path.join(evalDirectory, 'score-dialogue.mjs'), [
        '--dialogues',
        set.file,
        '--cmd',
        `${cli} chat --json ${where}`,
      ]);
      results[set.name] = { engine: summary, answers: details };
      continue;
    }
    const scorer = path.join(evalDirectory, 'score-qa.mjs');
    const { summary, details } = scoreInDetail(scorer, ['--questions', set.file, '--cmd', `${cli} ask --json --batch ${where}`]);
    results[set.name] = {
      engine: summary,
      keywordFloor: score(scorer, ['--questions', set.file, '--cmd', `${floor} --corpus "${corpus}"`]),
      answers: details,
    };
  }
  return results;
}

/** Accuracy's 95 % interval from a run's scored rows, as the table prints it ("62.5–87.7"). */
function accuracyInterval(answers: SetResults[string]['answers']): string {
  if (answers.length === 0) return '–';
  const { low, high } = rowsAccuracy(answers);
  return `${low}–${high}`;
}

/**
 * The printed table: one row per set for the engine, and one for the keyword floor where it ran.
 * Beside the engine's accuracy, its 95 % interval: the sets are samples, and a target inside the
 * interval is not yet told apart from the figure.
 */
export function resultsTable(results: SetResults): string {
  const columns = [
    'accuracy',
    'accuracy95',
    'answerRight',
    'falseAbstain',
    'rightAbstain',
    'triggerF1',
    'hitAt1',
    'followUpAccuracy',
    'badCitations',
  ];
  const head = columns.map((column) => (column === 'accuracy95' ? '95 % interval' : column));
  const table = new Table({ head: ['set', 'run', ...head], style: { head: [], border: [] } });
  for (const [name, result] of Object.entries(results)) {
    table.push([
      name,
      'engine',
      ...columns.map((column) => (column === 'accuracy95' ? accuracyInterval(result.answers) : String(result.engine[column] ?? '–'))),
    ]);
    if (result.keywordFloor)
      table.push([
        '',
        'keyword floor',
        ...columns.map((column) => (column === 'accuracy95' ? '' : String(result.keywordFloor?.[column] ?? '–'))),
      ]);
  }
  return table.toString();
}
