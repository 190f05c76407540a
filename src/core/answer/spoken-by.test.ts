import { describe, expect, it } from 'vitest';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { withScores } from './answer-model.js';
import { spokenBy } from './spoken-by.js';

/** Sentences scored as the answer model scores one question's candidates, from their two parts. */
function scored(parts: ReadonlyArray<{ key: string; pointwise: number; rank: number }>): ScoredSentence[] {
  const scores = withScores(parts);
  return parts
    .map(({ key }, index): ScoredSentence => {
      const score = scores[index]!;
      return {
        candidate: { key, text: `Sentence ${key}.`, start: index, end: index + 1, passage: {} as ScoredSentence['candidate']['passage'], passageScore: 0.5 },
        vector: new Float32Array(0),
        probability: score.probability,
        pointwise: score.pointwise,
        rank: score.rank,
      };
    })
    .sort((a, b) => b.probability - a.probability);
}

describe('spokenBy', () => {
  it('answers from the speaker\'s sentences, each judged among them when that scores it higher', () => {
    // The list the question names is best; the speaker's sentence, likely on its own, ranks far below it.
    const sentences = scored([
      { key: 'list', pointwise: 0.19, rank: 7.7 },
      { key: 'officials', pointwise: 0.12, rank: 4.2 },
      { key: 'other', pointwise: 0.08, rank: 4.1 },
    ]);
    const spoken = spokenBy({ sentences, speakerNamedIn: new Set(['officials', 'other']) });
    expect(spoken?.map((sentence) => sentence.candidate.key)).toEqual(['officials', 'other']);
    // Against the list it scored 0.19 · e^(4.2 − 7.7) ≈ 0.006; among the speaker's, their confidence.
    expect(sentences.find((sentence) => sentence.candidate.key === 'officials')?.probability).toBeLessThan(0.01);
    expect(spoken?.[0]?.probability).toBeCloseTo(0.12, 5);
  });

  it('keeps the higher score a sentence naming the speaker lends', () => {
    // The best names the speaker without their words, and lends its confidence.
    const sentences = scored([
      { key: 'names', pointwise: 0.6, rank: 5 },
      { key: 'quote', pointwise: 0.05, rank: 4.9 },
    ]);
    const spoken = spokenBy({ sentences, speakerNamedIn: new Set(['quote']) });
    expect(spoken?.[0]?.probability).toBeCloseTo(0.6 * Math.exp(-0.1), 5);
  });

  it('is undefined when no speaker is asked or none of the sentences is theirs', () => {
    const sentences = scored([{ key: 'a', pointwise: 0.5, rank: 1 }]);
    expect(spokenBy({ sentences })).toBeUndefined();
    expect(spokenBy({ sentences, speakerNamedIn: new Set(['b']) })).toBeUndefined();
  });
});
