import type { Passage } from '../corpus/types.js';
import type { RetrievedPassage } from '../retrieval/hybrid-retriever.js';
import { splitSentences } from '../text/sentences.js';

/** A sentence that might answer the question, with the passage that will be cited for it. */
export interface CandidateSentence {
  /** `${docId}:${start}`: the same sentence in two overlapping passages is one candidate. */
  key: string;
  text: string;
  /** Offsets into the document. */
  start: number;
  end: number;
  passage: Passage;
  /** The fused retrieval score of that passage (0–1). */
  passageScore: number;
  /** The passage's rank in retrieval, 1-based. */
  passageRank: number;
  /** Position of the sentence inside its passage, 0-based. */
  indexInPassage: number;
}

/**
 * Every sentence of the retrieved passages, once each, attributed to the best-ranked passage
 * that contains it.
 */
export function candidateSentences(retrieved: readonly RetrievedPassage[]): CandidateSentence[] {
  const seen = new Map<string, CandidateSentence>();
  retrieved.forEach((result, rank) => {
    const { passage } = result;
    splitSentences(passage.text, passage.start).forEach((sentence, indexInPassage) => {
      const key = `${passage.docId}:${sentence.start}`;
      if (seen.has(key)) return;
      seen.set(key, {
        key,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        passage,
        passageScore: result.score,
        passageRank: rank + 1,
        indexInPassage,
      });
    });
  });
  return [...seen.values()];
}
