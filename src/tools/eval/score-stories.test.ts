import { describe, expect, it } from 'vitest';
import { combinedSummary } from './score-stories.js';

describe('the summary of questions scored story by story', () => {
  it('is computed from every run\'s rows as score-qa.mjs computes one run\'s', () => {
    // Story one: a right answer (cited first), a false "doesn't say"; story two: a wrong answer,
    // a right "doesn't say", a near miss answered.
    const details = [
      { id: 'a1', abstained: false, right: true, firstHit: 0 },
      { id: 'a2', abstained: true, right: false, firstHit: -1 },
      { id: 'b1', abstained: false, right: false, firstHit: 1 },
      { id: 'b2', abstained: true, firstHit: -1 },
      { id: 'b3', abstained: false, firstHit: -1 },
    ];
    const summary = combinedSummary(details, new Set(['b2', 'b3']), 1);
    expect(summary).toEqual({
      questions: 5,
      answerable: 3,
      unanswerable: 2,
      hitAt1: 33.3,
      answerRight: 33.3,
      falseAbstain: 33.3,
      rightAbstain: 50,
      badCitations: 1,
      accuracy: 40,
      // Precision 1 of 3 answered, recall 1 of 3 answerable.
      triggerF1: 33.3,
    });
  });

  it('is all zeros, not a division by zero, for no questions', () => {
    expect(combinedSummary([], new Set(), 0)).toMatchObject({ questions: 0, accuracy: 0, triggerF1: 0, rightAbstain: 0 });
  });
});
