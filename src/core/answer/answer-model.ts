import { createHash } from 'node:crypto';
import { KEYWORD_INDEX_VERSION } from '../index/keyword-index.js';
import { FEATURE_NAMES } from './features.js';

/** sha256 of an answer model file's text: its fingerprint in the index manifest. */
export function fingerprintOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The answer model file's format tag. */
export const ANSWER_MODEL_FORMAT = 'article-qa-answer-model/1';

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
  /** How it was trained: data, counts, regularisation, the embedding model whose features it saw. */
  training: Record<string, unknown>;
}

/**
 * The learned answer selector: the probability that a candidate sentence answers the question,
 * from its features. Logistic regression: small (a few hundred bytes of weights), fast (one dot
 * product per sentence), and its output is a probability that can carry a confidence threshold.
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
    if (file.format !== ANSWER_MODEL_FORMAT) throw new Error(`not an ${ANSWER_MODEL_FORMAT} file`);
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
    if (file.mean.length !== width || file.scale.length !== width || file.weights.length !== width) {
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

  /** The probability (0–1) that the sentence with these features answers the question. */
  probability(features: ArrayLike<number>): number {
    const { mean, scale, weights, intercept } = this.file;
    let logit = intercept;
    for (let index = 0; index < weights.length; index += 1) {
      logit += ((weights[index] as number) * ((features[index] ?? 0) - (mean[index] as number))) / (scale[index] as number);
    }
    return 1 / (1 + Math.exp(-logit));
  }
}
