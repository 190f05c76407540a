import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../core/answer/features.js';
import { crossValidate, foldOf } from './cross-validate.js';
import type { QuestionRows } from './extract.js';
import type { TrainingRows } from './train.js';

const SELECTION = { maxSentences: 1, companionRatio: 0.5, maxChars: 650 };

/** A candidate whose `lexical` share is `share`: in these sets, the higher it is the likelier the answer. */
function row(text: string, share: number, label: 0 | 1): QuestionRows['rows'][number] {
  const features = FEATURE_NAMES.map(() => 0);
  features[FEATURE_NAMES.indexOf('lexical')] = share;
  features[FEATURE_NAMES.indexOf('aligned')] = share / 2;
  return { features, label, text, docId: 'd', passageId: 'd#0' };
}

/** Questions whose answer is always the candidate with the larger share, and a few without one. */
function set(name: string, count: number): TrainingRows {
  const questions: QuestionRows[] = [];
  for (let index = 0; index < count; index += 1) {
    const answerable = index % 4 !== 0;
    const gold = `answer ${index}`;
    questions.push({
      id: `${name}-${index}`,
      question: `question ${index}`,
      answerable,
      gold: answerable ? [gold] : [],
      rows: answerable
        ? [row(`the ${gold} is here`, 0.9, 1), row(`nothing ${index}`, 0.2 + (index % 3) * 0.05, 0)]
        : [row(`unrelated ${index}`, 0.1, 0), row(`also unrelated ${index}`, 0.05, 0)],
      passages: [],
    });
  }
  return { name, questions };
}

describe('cross-validation on the training sets', () => {
  it('puts a casual rewrite in the fold of the question it rewrites, the same on every run', () => {
    for (const id of ['56be85543aeaaa14008c9063', 'Q1', 'wikiqa-17']) {
      expect(foldOf(`${id}-casual`, 2)).toBe(foldOf(id, 2));
      expect(foldOf(id, 5)).toBe(foldOf(id, 5));
      expect(foldOf(id, 5)).toBeGreaterThanOrEqual(0);
      expect(foldOf(id, 5)).toBeLessThan(5);
    }
    // Both folds get questions.
    const folds = new Set(Array.from({ length: 40 }, (_, index) => foldOf(`q${index}`, 2)));
    expect(folds).toEqual(new Set([0, 1]));
  });

  it('scores every question with a model fitted without it, per set and threshold', () => {
    const results = crossValidate([set('first', 40), set('second', 24)], { folds: 2, thresholds: [0.1, 0.5], selection: SELECTION });
    expect(results.map((result) => result.name)).toEqual(['first', 'second']);
    for (const result of results) {
      // The pattern holds in every fold, so held-out questions are ranked right.
      expect(result.precisionAt1).toBe(100);
      expect(result.byThreshold.map((entry) => entry.threshold)).toEqual([0.1, 0.5]);
      expect(result.byThreshold[0]?.scores.questions).toBe(result.name === 'first' ? 40 : 24);
    }
  });

  it('refuses fewer than two folds', () => {
    expect(() => crossValidate([set('first', 8)], { folds: 1, thresholds: [0.1], selection: SELECTION })).toThrow(/at least 2 folds/);
  });
});
