import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANSWER_MODEL_FORMAT, type AnswerModelFile } from '../../core/answer/answer-model.js';
import { ANSWER_MODEL_PATH } from '../../core/answer/answer-resources.js';
import { FEATURE_NAMES } from '../../core/answer/features.js';
import { DEFAULT_MODEL_ID } from '../../core/embedding/model-files.js';
import { KEYWORD_INDEX_VERSION } from '../../core/index/keyword-index.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { DEFAULT_TOKENIZER, locateWordNet } from '../lexicon-builder/build.js';
import { casualSet, SynonymSource } from './augment.js';
import { squadSet, wikiQaSet, type LabelledSet } from './datasets.js';
import { NEWS_CHECK, NEWS_TRAIN, newsSets } from './news-set.js';
import { offTopicSets, storiesAskedAbout } from './off-topic-set.js';
import { extractRows, type QuestionRows } from './extract.js';
import { DEFAULT_LOGISTIC, fitLogistic } from './logistic.js';
import { DEFAULT_RANKER, fitRanker, type RankingGroup } from './ranker.js';

/** The committed model file. */
export const DEFAULT_ANSWER_MODEL_PATH = fileURLToPath(new URL(`../../../embeddings/models/${ANSWER_MODEL_PATH}`, import.meta.url));

/** Inputs of {@link trainAnswerModel}. */
export interface TrainOptions {
  wikiqaPairs: string;
  squadDirectory: string;
  /** The project's news questions (training/news-questions/train.jsonl) and the stories file they are about. */
  news?: { questions: string; stories: string };
  /** Training questions asked of news stories they are not about, labelled "doesn't say" (off-topic-set.ts). */
  offTopic?: { stories: string };
  /** Scratch space for the training corpora's indexes and extracted rows. */
  workDirectory: string;
  outputFile: string;
  l2?: number;
  /** Reuse rows extracted by an earlier run with the same features (for experiments; never for the committed model). */
  reuseRows?: boolean;
  embedder?: Embedder;
  onProgress?: (message: string) => void;
}

/** Rounds to 6 significant digits: the file stays small and readable, and last-bit noise cannot change it. */
const round = (value: number): number => Number(value.toPrecision(6));

/**
 * The training sets: WikiQA teaches "doesn't say" on short pages, SQuAD answer selection on long
 * articles, and a casual rewrite of each (lowercase, synonyms: see augment.ts) teaches both on
 * questions in members' words rather than the article's.
 */
export async function trainingSets(options: Pick<TrainOptions, 'wikiqaPairs' | 'squadDirectory' | 'news' | 'offTopic'>): Promise<LabelledSet[]> {
  const wordnet = locateWordNet();
  const tokenizer = JSON.parse(await readFile(DEFAULT_TOKENIZER, 'utf8')) as { model: { vocab: Record<string, number> } };
  const synonyms = await SynonymSource.load(wordnet.directory, new Set(Object.keys(tokenizer.model.vocab)));
  const wikiqa = await wikiQaSet('wikiqa-train', options.wikiqaPairs);
  const squad = await squadSet('squad2-train', options.squadDirectory);
  const news = options.news ? await newsSets('news-train', options.news.questions, options.news.stories) : [];
  const offTopic = options.offTopic
    ? await offTopicSets('off-topic', [...wikiqa.questions, ...squad.questions], options.offTopic.stories, await storiesAskedAbout([NEWS_TRAIN, NEWS_CHECK]))
    : [];
  return [wikiqa, casualSet(wikiqa, synonyms), squad, casualSet(squad, synonyms), ...news, ...offTopic];
}

/** Extracts (or, with `reuse`, reads back) one set's rows. */
export async function setRows(set: LabelledSet, workDirectory: string, reuse: boolean, embedder?: Embedder): Promise<QuestionRows[]> {
  const cache = path.join(workDirectory, `${set.name}.rows.json`);
  if (reuse) {
    const cached = await readFile(cache, 'utf8').then((text) => JSON.parse(text) as { features: string[]; questions: QuestionRows[] }, () => undefined);
    if (cached && cached.features.join(',') === FEATURE_NAMES.join(',')) return cached.questions;
  }
  const questions = await extractRows(set, workDirectory, embedder);
  await mkdir(path.dirname(cache), { recursive: true });
  await writeFile(cache, JSON.stringify({ features: FEATURE_NAMES, questions }));
  return questions;
}

/** One training set's extracted questions, under its name. */
export interface TrainingRows {
  name: string;
  questions: readonly QuestionRows[];
}

/** What each training set held, as recorded in the model file. */
export type SetCounts = Record<string, { questions: number; answerable: number; candidates: number; answers: number; weight: number }>;

/**
 * Fits the answer model on the sets' rows: the model file (without writing it) and what each set
 * held. Shared by training and cross-validation, so both fit exactly the same way.
 */
export function fitAnswerModel(perSet: readonly TrainingRows[], options: { l2?: number; embeddingModelId?: string; onProgress?: (message: string) => void } = {}): { file: AnswerModelFile; counts: SetCounts } {
  const features: number[][] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  const counts: SetCounts = {};
  // Each set has the same say, however many questions it has: SQuAD's 4,719 questions (93 %
  // answerable) would otherwise set the prior for "doesn't say" alone.
  const meanQuestions = perSet.reduce((sum, set) => sum + set.questions.length, 0) / perSet.length;
  for (const { name, questions } of perSet) {
    const weight = round(meanQuestions / Math.max(1, questions.length));
    const count = { questions: questions.length, answerable: 0, candidates: 0, answers: 0, weight };
    for (const question of questions) {
      if (question.answerable) count.answerable += 1;
      for (const row of question.rows) {
        features.push(row.features);
        labels.push(row.label);
        weights.push(weight);
        count.candidates += 1;
        count.answers += row.label;
      }
    }
    counts[name] = count;
  }
  const l2 = options.l2 ?? DEFAULT_LOGISTIC.l2;
  options.onProgress?.(`fitting on ${features.length} candidates`);
  const fit = fitLogistic(features, labels, { ...DEFAULT_LOGISTIC, l2 }, weights);
  options.onProgress?.('fitting the ranker on the answerable questions');
  const ranker = fitRanker(rankingGroups(perSet, fit, counts), FEATURE_NAMES.length, { ...DEFAULT_RANKER, l2 });
  const file: AnswerModelFile = {
    format: ANSWER_MODEL_FORMAT,
    features: [...FEATURE_NAMES],
    mean: fit.mean.map(round),
    scale: fit.scale.map(round),
    weights: fit.weights.map(round),
    intercept: round(fit.intercept),
    ranker: ranker.weights.map(round),
    training: {
      method: 'L2-regularised logistic regression (Newton), features standardised, each set weighted to the same total',
      l2,
      iterations: fit.iterations,
      logLoss: round(fit.logLoss),
      ranker: {
        method: 'listwise ranker (conditional logit: a softmax over each answerable question\'s candidates), L2-regularised, Newton with a halving line search, same standardisation and set weights',
        questions: ranker.questions,
        iterations: ranker.iterations,
        logLoss: round(ranker.logLoss),
      },
      sets: counts,
      candidates: 'every sentence of the first retrieval stage\'s best passages, as the engine finds them',
      keywordIndexVersion: KEYWORD_INDEX_VERSION,
      embeddingModel: options.embeddingModelId ?? DEFAULT_MODEL_ID,
    },
  };
  return { file, counts };
}

/**
 * The ranker's training groups: every question with at least one right candidate among two or
 * more, standardised as the answer model's features are, weighted as its set is.
 */
function rankingGroups(perSet: readonly TrainingRows[], standardisation: { mean: readonly number[]; scale: readonly number[] }, counts: SetCounts): RankingGroup[] {
  const { mean, scale } = standardisation;
  const groups: RankingGroup[] = [];
  for (const { name, questions } of perSet) {
    const weight = (counts[name] as SetCounts[string]).weight;
    for (const question of questions) {
      if (question.rows.length < 2 || !question.rows.some((row) => row.label === 1)) continue;
      groups.push({
        rows: question.rows.map((row) => Float64Array.from(row.features, (value, column) => (value - (mean[column] as number)) / (scale[column] as number))),
        labels: question.rows.map((row) => row.label),
        weight,
      });
    }
  }
  return groups;
}

/** Reads (or extracts) the rows of every training set. */
export async function trainingRows(options: Pick<TrainOptions, 'wikiqaPairs' | 'squadDirectory' | 'news' | 'offTopic' | 'workDirectory' | 'reuseRows' | 'embedder' | 'onProgress'>): Promise<TrainingRows[]> {
  const perGroup = new Map<string, QuestionRows[]>();
  for (const set of await trainingSets(options)) {
    options.onProgress?.(`candidates for ${set.name} (${set.questions.length} questions)`);
    const questions = await setRows(set, options.workDirectory, options.reuseRows ?? false, options.embedder);
    const group = set.group ?? set.name;
    perGroup.set(group, [...(perGroup.get(group) ?? []), ...questions]);
  }
  return [...perGroup].map(([name, questions]) => ({ name, questions }));
}

/** Trains on every set's rows and writes the model file; identical data gives identical bytes. */
export async function trainAnswerModel(options: TrainOptions): Promise<{ outputFile: string; questions: number; rows: number; positives: number; sha256: string }> {
  const perSet = await trainingRows(options);
  const { file, counts } = fitAnswerModel(perSet, {
    ...(options.l2 === undefined ? {} : { l2: options.l2 }),
    ...(options.embedder ? { embeddingModelId: options.embedder.modelId } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const text = `${JSON.stringify(file, null, 1)}\n`;
  await mkdir(path.dirname(options.outputFile), { recursive: true });
  await writeFile(options.outputFile, text);
  return {
    outputFile: options.outputFile,
    questions: Object.values(counts).reduce((sum, count) => sum + count.questions, 0),
    rows: Object.values(counts).reduce((sum, count) => sum + count.candidates, 0),
    positives: Object.values(counts).reduce((sum, count) => sum + count.answers, 0),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}
