import { describe, expect, it } from 'vitest';
import { ANSWER_MODEL_FORMAT, AnswerModel, type AnswerModelFile } from './answer-model.js';
import { FEATURE_NAMES } from './features.js';

const width = FEATURE_NAMES.length;
const zeros = (): number[] => new Array<number>(width).fill(0);

/** A model whose pointwise probability reads the first feature and whose ranker reads the second. */
function model(overrides: Partial<AnswerModelFile> = {}): AnswerModelFile {
  const weights = zeros();
  weights[0] = 2;
  const ranker = zeros();
  ranker[1] = 1;
  return { format: ANSWER_MODEL_FORMAT, features: [...FEATURE_NAMES], mean: zeros(), scale: new Array<number>(width).fill(1), weights, intercept: -1, ranker, training: {}, ...overrides };
}

const row = (pointwise: number, rank: number): number[] => {
  const features = zeros();
  features[0] = pointwise;
  features[1] = rank;
  return features;
};

describe('AnswerModel.scores', () => {
  const answerModel = AnswerModel.fromFile(model());
  const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

  it('gives the ranker\'s first the highest pointwise probability of any candidate', () => {
    // The second candidate is likelier to answer on its own; the ranker prefers the first.
    const scores = answerModel.scores([row(0, 3), row(1, 1)]);
    expect(scores[0]).toBeCloseTo(sigmoid(2 * 1 - 1), 12);
    // The other scores that times its odds against the first under the ranker.
    expect(scores[1]).toBeCloseTo(sigmoid(1) * Math.exp(1 - 3), 12);
  });

  it('scores an excluded candidate 0 and leaves it out of the confidence and the ranking', () => {
    const scores = answerModel.scores([row(3, 5), row(0, 1)], (index) => index === 0);
    expect(scores[0]).toBe(0);
    expect(scores[1]).toBeCloseTo(sigmoid(-1), 12);
  });

  it('scores nothing when every candidate is excluded, or there are none', () => {
    expect(answerModel.scores([row(1, 1)], () => true)).toEqual([0]);
    expect(answerModel.scores([])).toEqual([]);
  });

  it('refuses a model file without a ranker of the right width', () => {
    const { ranker: _ranker, ...withoutRanker } = model();
    expect(() => AnswerModel.parse(JSON.stringify(withoutRanker))).toThrow(/wrong number of weights/);
    expect(() => AnswerModel.parse(JSON.stringify(model({ ranker: [1] })))).toThrow(/wrong number of weights/);
  });
});
