import { createHash } from 'node:crypto';
import { AnswerModel } from '../../core/answer/answer-model.js';
import { simulateSet, type SetScores, type SimulatedSelection } from './simulate.js';
import { fitAnswerModel, type TrainingRows } from './train.js';

/**
 * The fold a training question falls in, from a hash of its id: the same on every run. A casual
 * rewrite ("…-casual") falls in the fold of the question it rewrites, or the model would be
 * scored on questions it was trained on in other words.
 */
export function foldOf(questionId: string, folds: number): number {
  const original = questionId.replace(/-casual$/, '');
  return createHash('sha256').update(original).digest().readUInt32BE(0) % folds;
}

/** One training set's held-out figures: each question scored by the model fitted without it. */
export interface HeldOutScores {
  name: string;
  /** Scores at each threshold, in the order asked. */
  byThreshold: Array<{ threshold: number; scores: SetScores }>;
  /** Share of answerable questions whose best candidate is a right answer. */
  precisionAt1: number;
}

/** Options of {@link crossValidate}. */
export interface CrossValidationOptions {
  folds: number;
  thresholds: readonly number[];
  selection: SimulatedSelection;
  onProgress?: (message: string) => void;
}

/**
 * k-fold cross-validation on the training sets' own questions (about 14,000, against a few
 * hundred in the dev sets): for each fold, the model is fitted on the other folds as
 * `train:answerer` fits it (every set, weighted alike) and gives the fold's candidates their
 * probabilities; each set is then scored as the dev sets are. A variant that only helps a dev
 * set's few dozen questions shows here as no gain.
 */
export function crossValidate(perSet: readonly TrainingRows[], options: CrossValidationOptions): HeldOutScores[] {
  if (!Number.isInteger(options.folds) || options.folds < 2) throw new Error(`cross-validation needs at least 2 folds, got ${options.folds}`);
  const probabilities = perSet.map((set) => set.questions.map((): number[] => []));
  for (let fold = 0; fold < options.folds; fold += 1) {
    options.onProgress?.(`cross-validation: fold ${fold + 1} of ${options.folds}`);
    const training = perSet.map((set) => ({ name: set.name, questions: set.questions.filter((question) => foldOf(question.id, options.folds) !== fold) }));
    const model = AnswerModel.fromFile(fitAnswerModel(training).file);
    perSet.forEach((set, setIndex) =>
      set.questions.forEach((question, questionIndex) => {
        if (foldOf(question.id, options.folds) !== fold) return;
        (probabilities[setIndex] as number[][])[questionIndex] = model.scores(question.rows.map((row) => row.features));
      }),
    );
  }
  return perSet.map((set, setIndex) => {
    const heldOut = probabilities[setIndex] as number[][];
    return {
      name: set.name,
      byThreshold: options.thresholds.map((threshold) => ({ threshold, scores: simulateSet(set.questions, heldOut, threshold, options.selection) })),
      precisionAt1: simulateSet(set.questions, heldOut, 0, options.selection).precisionAt1,
    };
  });
}
