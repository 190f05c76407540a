import { createHash } from 'node:crypto';
import { KEYWORD_INDEX_VERSION } from '../index/keyword-index.js';
import { FEATURE_NAMES } from './features.js';

/** A candidate's score (see {@link AnswerModel.scored}), with the two parts it is made of. */
export interface CandidateScore {
  /** 0–1: the question's confidence for the ranker's first, that times its odds against the first for the rest. */
  probability: number;
  /** The pointwise model's probability that this sentence answers, on its own. */
  pointwise: number;
  /** The ranker's score (−Infinity for a candidate left out). */
  rank: number;
}

/** What a question's candidates are scored against: the highest pointwise probability and the ranker's top score. */
export interface ScoreBasis {
  confidence: number;
  top: number;
}

/** The basis of some candidates, leaving out those left out (rank −Infinity); undefined when none is left. */
export function scoreBasis(parts: ReadonlyArray<Pick<CandidateScore, 'pointwise' | 'rank'>>): ScoreBasis | undefined {
  let confidence = 0;
  let top = -Infinity;
  for (const { pointwise, rank } of parts) {
    if (rank === -Infinity) continue;
    confidence = Math.max(confidence, pointwise);
    top = Math.max(top, rank);
  }
  return top === -Infinity ? undefined : { confidence, top };
}

/** A candidate's score against a basis: the confidence times its odds against the ranker's first. */
export function scoreAgainst(rank: number, basis: ScoreBasis | undefined): number {
  return basis === undefined || rank === -Infinity ? 0 : basis.confidence * Math.exp(rank - basis.top);
}

/**
 * Scores candidates from their two parts, among themselves: the highest `pointwise` is the
 * confidence, the ranker's first gets it, and the rest that times `exp(rank − top rank)`.
 * Candidates taken away later ("tell me more" leaves out what was said) are scored again among
 * those left (without-sentences.ts), so the confidence is judged among the rest.
 */
export function withScores(parts: ReadonlyArray<Pick<CandidateScore, 'pointwise' | 'rank'>>): CandidateScore[] {
  const basis = scoreBasis(parts);
  return parts.map(({ pointwise, rank }) => ({ pointwise, rank, probability: scoreAgainst(rank, basis) }));
}

/** sha256 of an answer model file's text: its fingerprint in the index manifest. */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The answer model file's format tag. */
export const ANSWER_MODEL_FORMAT = 'article-qa-answer-model/2';

/** The answer model as stored (written by `npm run train:answerer`). */
export interface AnswerModelFile {
  format: string;
  /** The feature names it was trained on, in order; must equal {@link FEATURE_NAMES}. */
  features: string[];
  /** Standardisation: each feature minus its mean, divided by its scale. */
  mean: number[];
  scale: number[];
  /** Logistic regression weights on the standardised features, and the intercept. */
  weights: number[];
  intercept: number;
  /**
   * The ranker's weights on the same standardised features: a listwise model of which of one
   * question's candidates answers it best (no intercept, which would cancel within a question).
   */
  ranker: number[];
  /** How it was trained: data, counts, regularisation, the embedding model whose features it saw. */
  training: Record<string, unknown>;
}

/**
 * The learned answer selector: the probability that a candidate sentence answers the question,
 * from its features. Logistic regression: small (a few hundred bytes of weights), fast (one dot
 * product per sentence), and its output is a probability that can carry a confidence threshold.
 * Beside it, a listwise ranker over the same features picks which candidate is the answer
 * ({@link AnswerModel.scores}).
 */
export class AnswerModel {
  private constructor(
    private readonly file: AnswerModelFile,
    /** sha256 of the file's text: recorded in the index manifest. */
    readonly fingerprint: string,
  ) {}

  /** Reads a model file; throws when its format or feature list does not match this code. */
  static parse(json: string): AnswerModel {
    const file = JSON.parse(json) as AnswerModelFile;
    if (file.format !== ANSWER_MODEL_FORMAT) throw new Error(`answer model file is ${String(file.format)}, this version reads ${ANSWER_MODEL_FORMAT}; retrain it with npm run train:answerer`);
    const expected = FEATURE_NAMES.join(',');
    if (file.features.join(',') !== expected) {
      throw new Error(`answer model features (${file.features.join(',')}) differ from this version's (${expected}); retrain it with npm run train:answerer`);
    }
    // Features are counted over the keyword index's terms: a model trained on other terms would misread them.
    const trainedOn = file.training.keywordIndexVersion;
    if (trainedOn !== undefined && trainedOn !== KEYWORD_INDEX_VERSION) {
      throw new Error(`answer model was trained on keyword index terms v${String(trainedOn)}, this version makes v${KEYWORD_INDEX_VERSION}; retrain it with npm run train:answerer`);
    }
    const width = FEATURE_NAMES.length;
    if (file.mean.length !== width || file.scale.length !== width || file.weights.length !== width || file.ranker?.length !== width) {
      throw new Error('answer model has the wrong number of weights');
    }
    return new AnswerModel(file, fingerprintOf(json));
  }

  /** The model built from weights in memory (training, tests). */
  static fromFile(file: AnswerModelFile): AnswerModel {
    return AnswerModel.parse(JSON.stringify(file));
  }

  /** What the model file says about its training. */
  get training(): Readonly<Record<string, unknown>> {
    return this.file.training;
  }

  /** The probability (0–1) that the sentence with these features answers the question, on its own. */
  probability(features: ArrayLike<number>): number {
    return 1 / (1 + Math.exp(-this.linear(this.file.weights, features, this.file.intercept)));
  }

  /** The ranker's score: higher is a better answer among the same question's candidates (a log-odds between them). */
  rankScore(features: ArrayLike<number>): number {
    return this.linear(this.file.ranker, features, 0);
  }

  /**
   * Each candidate's score for one question, 0–1. The best is the one the ranker puts first, and
   * it scores the highest probability of any candidate: whether the article answers at all is
   * the pointwise model's call, which answer it is the ranker's. The others score that times
   * their odds against the best under the ranker, so a companion sentence is judged by how
   * nearly it rivals the best. `excluded` candidates (a document that never names what is
   * asked) score 0 and count for neither.
   */
  scored(rows: readonly ArrayLike<number>[], excluded: (index: number) => boolean = () => false): CandidateScore[] {
    const parts = rows.map((row, index) =>
      excluded(index) ? { pointwise: 0, rank: -Infinity } : { pointwise: this.probability(row), rank: this.rankScore(row) },
    );
    return withScores(parts);
  }

  /** Just the scores of {@link scored}. */
  scores(rows: readonly ArrayLike<number>[], excluded?: (index: number) => boolean): number[] {
    return this.scored(rows, excluded).map((score) => score.probability);
  }

  private linear(weights: readonly number[], features: ArrayLike<number>, start: number): number {
    const { mean, scale } = this.file;
    let sum = start;
    for (let index = 0; index < weights.length; index += 1) {
      sum += ((weights[index] as number) * ((features[index] ?? 0) - (mean[index] as number))) / (scale[index] as number);
    }
    return sum;
  }
}
