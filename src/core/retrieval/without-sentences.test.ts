import { describe, expect, it } from 'vitest';
import { withScores } from '../answer/answer-model.js';
import type { CandidateSentence } from '../answer/candidates.js';
import type { Passage } from '../corpus/types.js';
import type { RetrievalResult, ScoredSentence } from './hybrid-retriever.js';
import { withoutSentences } from './without-sentences.js';

const passage: Passage = { id: 'p0', docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text: '', start: 0, end: 0, ordinal: 0 };

function candidate(text: string, start: number): CandidateSentence {
  return { key: `doc:${start}`, text, start, end: start + text.length, passage, passageScore: 1 };
}

/** Sentences scored as the retriever scores them, from each one's pointwise probability and ranker score. */
function scored(parts: Array<[string, number, number]>): ScoredSentence[] {
  const scores = withScores(parts.map(([, pointwise, rank]) => ({ pointwise, rank })));
  return parts
    .map(([text], index): ScoredSentence => ({ candidate: candidate(text, index * 100), vector: new Float32Array(0), ...scores[index]! }))
    .sort((a, b) => b.probability - a.probability);
}

const retrieval = (sentences: ScoredSentence[]): RetrievalResult => ({ sentences }) as unknown as RetrievalResult;

describe('withoutSentences', () => {
  it('scores what is left among itself: the ranker\'s next sentence gets the confidence of the rest', () => {
    const sentences = scored([
      ['Given first.', 0.6, 2],
      ['Next best.', 0.3, 1],
      ['Last.', 0.2, -1],
    ]);
    expect(sentences[1]?.probability).toBeCloseTo(0.6 * Math.exp(-1), 12);
    const rest = withoutSentences(retrieval(sentences), ['Given first.']).sentences;
    expect(rest.map((sentence) => sentence.candidate.text)).toEqual(['Next best.', 'Last.']);
    // Among the rest, the highest pointwise probability is 0.3, and "Next best." is the ranker's first.
    expect(rest[0]?.probability).toBeCloseTo(0.3, 12);
    expect(rest[1]?.probability).toBeCloseTo(0.3 * Math.exp(-2), 12);
  });

  it('keeps what a sentence was raised to (a stated reason keeps the probability of the sentence it explains)', () => {
    const sentences = scored([
      ['Given first.', 0.6, 2],
      ['That is because of it.', 0.05, -2],
      ['Other.', 0.3, 1],
    ]);
    const raised = sentences.map((sentence) => (sentence.candidate.text === 'That is because of it.' ? { ...sentence, probability: 0.6 + 1e-6 } : sentence));
    const rest = withoutSentences(retrieval(raised), ['Given first.']).sentences;
    expect(rest[0]?.candidate.text).toBe('That is because of it.');
    expect(rest[0]?.probability).toBeCloseTo(0.6 + 1e-6, 12);
    expect(rest[1]?.probability).toBeCloseTo(0.3, 12);
  });

  it('leaves the sentences as they are when nothing was shown', () => {
    const sentences = scored([['Only.', 0.4, 0]]);
    expect(withoutSentences(retrieval(sentences), []).sentences).toBe(sentences);
  });
});
