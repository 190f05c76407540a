import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../core/answer/types.js';
import { formatAnswer } from './ask-command.js';

function answer(fields: Partial<Answer> = {}): Answer {
  return {
    question: 'who ran the american side',
    intent: 'question',
    answer: 'The US was led by Deputy Foreign Minister Wendy Sherman. [1]',
    abstained: false,
    confidence: 0.4,
    citations: [{ n: 1, chunkId: 'c1', docId: 'talks', title: 'Talks', source: 'talks.txt', section: null, text: 'The US was led by Deputy Foreign Minister Wendy Sherman.', score: 0.4 }],
    highlights: [],
    mode: 'extractive',
    timingsMs: { retrieve: 1, compose: 1, total: 2 },
    ...fields,
  };
}

describe('formatAnswer', () => {
  it('gives the quotes as the answer, then the sources', () => {
    expect(formatAnswer(answer()).split('\n').slice(0, 3)).toEqual(['The US was led by Deputy Foreign Minister Wendy Sherman. [1]', '', 'Sources:']);
  });

  it('says, before quotes the answer model is unsure of, that they may not answer the question', () => {
    expect(formatAnswer(answer({ confidence: 0.15, tentative: true })).split('\n').slice(0, 2)).toEqual([
      'Not sure the article answers this directly. The closest it says:',
      'The US was led by Deputy Foreign Minister Wendy Sherman. [1]',
    ]);
  });
});
