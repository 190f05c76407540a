import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { givesReasonForPrevious, withStatedReasons } from './stated-reasons.js';

const passage = (docId: string): Passage => ({ id: `${docId}-p`, docId, docTitle: docId, docSource: `${docId}.txt`, section: null, sectionNumber: 0, text: '', start: 0, end: 1000, ordinal: 0 });

/** Sentences laid out one after another in a document, one space apart, with the given probabilities. */
function document(docId: string, sentences: Array<[string, number]>): ScoredSentence[] {
  let start = 0;
  return sentences.map(([text, probability]) => {
    const scored: ScoredSentence = {
      candidate: { key: `${docId}:${start}`, text, start, end: start + text.length, passage: passage(docId), passageScore: 0.5 },
      vector: Float32Array.from([1, 0]),
      probability,
    };
    start += text.length + 1;
    return scored;
  });
}

const probabilities = (sentences: readonly ScoredSentence[]): number[] => sentences.map((sentence) => sentence.probability);

describe('givesReasonForPrevious', () => {
  it('knows openings that give the reason for the sentence before', () => {
    for (const text of [
      "That's because the council will not be dictated to.",
      'That’s because the council will not be dictated to.',
      'This is partly because the budget ran out.',
      'It was because of the strike.',
      'But that is because nobody asked.',
      'Because of this, the bridge closed.',
      'The reason is that the river rose.',
      'One reason for this was the cost.',
    ])
      expect(givesReasonForPrevious(text), text).toBe(true);
  });

  it('leaves a sentence that explains its own claim, or says what follows from one', () => {
    for (const text of [
      'The bridge closed because the river rose.',
      "That's why the bridge closed.",
      'Because the river rose, the bridge closed.',
      'This is the bridge.',
      'The reasons were not given.',
    ])
      expect(givesReasonForPrevious(text), text).toBe(false);
  });
});

describe('withStatedReasons', () => {
  const story = document('river', [
    ['The council will reject the plan.', 0.4],
    ["That's because it will not be dictated to.", 0.02],
    ['The bridge opened in May.', 0.1],
  ]);

  it('gives a why-question the reason at the probability of the sentence it explains', () => {
    expect(probabilities(withStatedReasons(story, 'why'))).toEqual([0.4, 0.4, 0.1]);
  });

  it('changes nothing for other questions', () => {
    expect(probabilities(withStatedReasons(story, 'other'))).toEqual([0.4, 0.02, 0.1]);
    expect(probabilities(withStatedReasons(story, 'who'))).toEqual([0.4, 0.02, 0.1]);
  });

  it('never lowers a reason that scored higher by itself', () => {
    const strong = document('river', [
      ['The council will reject the plan.', 0.1],
      ["That's because it will not be dictated to.", 0.3],
    ]);
    expect(probabilities(withStatedReasons(strong, 'why'))).toEqual([0.1, 0.3]);
  });

  it('takes the sentence right before, in the same document only', () => {
    const [claim, reason] = story;
    const elsewhere = document('other', [["That's because it will not be dictated to.", 0.02]]);
    const apart: ScoredSentence = { ...(reason as ScoredSentence), candidate: { ...(reason as ScoredSentence).candidate, start: 200, end: 240 } };
    expect(probabilities(withStatedReasons([claim as ScoredSentence, ...elsewhere], 'why'))).toEqual([0.4, 0.02]);
    expect(probabilities(withStatedReasons([claim as ScoredSentence, apart], 'why'))).toEqual([0.4, 0.02]);
  });

  it('puts first the reason for a sentence just given, when "why?" is asked about it', () => {
    const lifted = withStatedReasons(story, 'why', ['The council  will reject the plan.']);
    expect(lifted[1]?.probability).toBeGreaterThan(0.4);
    expect(Math.max(...probabilities(lifted))).toBe(lifted[1]?.probability);
  });
});
