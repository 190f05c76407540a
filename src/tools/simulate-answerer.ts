/**
 * Scores an answer model on the dev sets without running the CLI, for comparing model variants:
 * every dev question's candidates are found as the engine finds them (and cached), the model
 * gives each its probability, and each threshold is scored as score-qa.mjs would score it
 * (`answerer/simulate.ts`). This is the simulation behind docs/how-answers-are-found.md's "tried and not adopted"
 * figures: change the features, run it with `--retrain`, and compare with the committed model.
 *
 *   node dist/tools/simulate-answerer.js [--eval-dir ../shared/eval] [--work-dir .tmp/answerer]
 *        [--model <model.json> | --retrain] [--thresholds 0.05,0.1,…] [--extra <questions.jsonl>]
 *        [--cross-validate [--folds 2]] [--with-news]
 *
 * `--retrain` trains on the training sets into `<work-dir>/model.json` (as `npm run
 * train:answerer` does, reusing extracted rows) and scores that model instead of the committed
 * one. `--extra` adds questions about the bundled article, in score-qa.mjs's format.
 * `--cross-validate` also scores the training sets' own questions, each by a model fitted
 * without its fold (`answerer/cross-validate.ts`): a check on about 14,000 questions that a
 * variant's gain on the dev sets' few hundred is not luck. `--with-news` adds the project's news
 * questions (training/news-questions/train.jsonl) to training; their check split is always scored.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { PROJECT_ROOT } from '../config/load-config.js';
import { AnswerModel } from '../core/answer/answer-model.js';
import { DEFAULT_ANSWER_TUNING } from '../core/answer/tuning.js';
import { crossValidate } from './answerer/cross-validate.js';
import { scorerSet } from './answerer/datasets.js';
import { devSets } from './answerer/dev-sets.js';
import type { QuestionRows } from './answerer/extract.js';
import { NEWS_CHECK, NEWS_STORIES, newsSets, newsTraining } from './answerer/news-set.js';
import { simulateSet, type SetScores } from './answerer/simulate.js';
import { DEFAULT_ANSWER_MODEL_PATH, setRows, trainAnswerModel, trainingRows } from './answerer/train.js';

const usage =
  'Usage: node dist/tools/simulate-answerer.js [--eval-dir <dir>] [--work-dir <dir>] [--model <model.json> | --retrain] [--thresholds <list>] [--extra <questions.jsonl>] [--cross-validate [--folds <n>]] [--with-news] [--with-off-topic]';

const DEFAULT_THRESHOLDS = '0.05,0.1,0.15,0.2,0.25,0.3';

/** The model to score: the given file, the committed one, or one trained now into the work directory. */
async function modelFor(options: { model?: string | undefined; retrain: boolean; news: boolean; offTopic: boolean; evalDirectory: string; workDirectory: string }): Promise<{ model: AnswerModel; file: string }> {
  if (!options.retrain) {
    const file = options.model === undefined ? DEFAULT_ANSWER_MODEL_PATH : path.resolve(options.model);
    return { model: AnswerModel.parse(await readFile(file, 'utf8')), file };
  }
  const file = path.join(options.workDirectory, 'model.json');
  await trainAnswerModel({
    wikiqaPairs: path.join(options.evalDirectory, 'wikiqa-train', 'pairs.jsonl'),
    squadDirectory: path.join(options.evalDirectory, 'squad2-train'),
    ...withNews(options.evalDirectory, options.news),
    ...withOffTopic(options.evalDirectory, options.offTopic),
    workDirectory: options.workDirectory,
    outputFile: file,
    reuseRows: true,
    onProgress: (message) => process.stderr.write(`${message}\n`),
  });
  return { model: AnswerModel.parse(await readFile(file, 'utf8')), file };
}

/** With `--with-news`, the project's news training questions join the training sets (not adopted: docs/how-answers-are-found.md). */
const withNews = (evalDirectory: string, wanted: boolean): { news?: { questions: string; stories: string } } =>
  wanted ? { news: newsTraining(evalDirectory) } : {};

/** With `--with-off-topic`, training questions asked of news stories they are not about join the training sets. */
const withOffTopic = (evalDirectory: string, wanted: boolean): { offTopic?: { stories: string } } =>
  wanted ? { offTopic: { stories: path.join(evalDirectory, NEWS_STORIES) } } : {};

/** One table cell: accuracy, then false and right "doesn't say" (as score-qa.mjs names them). */
const cell = (scores: SetScores): string => `${scores.accuracy} (fa ${scores.falseAbstain}, ra ${scores.rightAbstain})`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'eval-dir': { type: 'string' },
      'work-dir': { type: 'string' },
      model: { type: 'string' },
      retrain: { type: 'boolean' },
      thresholds: { type: 'string' },
      extra: { type: 'string' },
      'cross-validate': { type: 'boolean' },
      'with-news': { type: 'boolean' },
      'with-off-topic': { type: 'boolean' },
      folds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (values.retrain === true && values.model !== undefined) throw new Error('give either --model or --retrain, not both');
  const evalDirectory = path.resolve(values['eval-dir'] ?? path.join(PROJECT_ROOT, '..', 'shared', 'eval'));
  const workDirectory = path.resolve(values['work-dir'] ?? '.tmp/answerer');
  const thresholds = (values.thresholds ?? DEFAULT_THRESHOLDS).split(',').map(Number);
  if (thresholds.some((threshold) => !Number.isFinite(threshold) || threshold < 0 || threshold > 1)) {
    throw new Error(`--thresholds must be numbers from 0 to 1, comma-separated: ${values.thresholds ?? ''}`);
  }
  const { model, file } = await modelFor({ model: values.model, retrain: values.retrain === true, news: values['with-news'] === true, offTopic: values['with-off-topic'] === true, evalDirectory, workDirectory });

  const sets = await devSets(evalDirectory);
  // The mean is the threshold rule's: over the four dev sets, not news-check or --extra.
  const ruleSets = new Set(sets.map((set) => set.name));
  if (values.extra !== undefined) sets.push(await scorerSet(path.basename(values.extra, '.jsonl'), path.resolve(values.extra), path.join(PROJECT_ROOT, 'corpus')));
  const stories = path.join(evalDirectory, NEWS_STORIES);
  if (existsSync(NEWS_CHECK) && existsSync(stories)) sets.push(...(await newsSets('news-check', NEWS_CHECK, stories)));
  const scored: Array<{ name: string; questions: QuestionRows[]; probabilities: number[][] }> = [];
  for (const set of sets) {
    process.stderr.write(`candidates for ${set.name}\n`);
    const questions = await setRows(set, path.join(workDirectory, 'dev'), true);
    const probabilities = questions.map((question) => model.scores(question.rows.map((row) => row.features)));
    // A group's sets (one per news story) are scored together, as one set.
    const group = scored.find((entry) => entry.name === (set.group ?? set.name));
    if (group) {
      group.questions.push(...questions);
      group.probabilities.push(...probabilities);
    } else scored.push({ name: set.group ?? set.name, questions, probabilities });
  }

  // Answers are put together as the engine's defaults say (sentences, companions, length).
  const selection = DEFAULT_ANSWER_TUNING;
  const table = new Table({ head: ['threshold', ...scored.map((set) => set.name), `mean accuracy (${ruleSets.size} dev sets)`] });
  for (const threshold of thresholds) {
    const results = scored.map((set) => simulateSet(set.questions, set.probabilities, threshold, selection));
    const ruled = results.filter((_, index) => ruleSets.has(scored[index]?.name ?? ''));
    const mean = ruled.reduce((sum, scores) => sum + scores.accuracy, 0) / Math.max(1, ruled.length);
    table.push([threshold.toFixed(2), ...results.map(cell), mean.toFixed(1)]);
  }
  const precision = scored.map((set) => `${set.name} ${simulateSet(set.questions, set.probabilities, 0, selection).precisionAt1}`);
  process.stdout.write(`Model: ${file}\nAccuracy (false and right "doesn't say", %), simulated on cached candidates:\n${table.toString()}\nPrecision at one: ${precision.join(', ')}\n`);
  if (values['cross-validate'] === true) {
    const folds = Number(values.folds ?? '2');
    const perSet = await trainingRows({
      wikiqaPairs: path.join(evalDirectory, 'wikiqa-train', 'pairs.jsonl'),
      squadDirectory: path.join(evalDirectory, 'squad2-train'),
      ...withNews(evalDirectory, values['with-news'] === true),
      ...withOffTopic(evalDirectory, values['with-off-topic'] === true),
      workDirectory,
      reuseRows: true,
      onProgress: (message) => process.stderr.write(`${message}\n`),
    });
    const heldOut = crossValidate(perSet, { folds, thresholds, selection, onProgress: (message) => process.stderr.write(`${message}\n`) });
    const held = new Table({ head: ['training set', 'precision at one', ...thresholds.map((threshold) => threshold.toFixed(2))] });
    for (const set of heldOut) held.push([set.name, String(set.precisionAt1), ...set.byThreshold.map(({ scores }) => cell(scores))]);
    process.stdout.write(`Training sets, ${folds}-fold cross-validated (each question scored by a model fitted without it; accuracy at each threshold):\n${held.toString()}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate-answerer: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exitCode = 1;
});
