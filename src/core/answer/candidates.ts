import type { Passage } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';

/** A sentence that might answer the question, with the passage that will be cited for it. */
export interface CandidateSentence {
  /** `${docId}:${start}`: the same sentence in two overlapping passages has the same key. */
  key: string;
  text: string;
  /** Offsets into the document. */
  start: number;
  end: number;
  passage: Passage;
  /** The passage's first-stage retrieval score (0–1). */
  passageScore: number;
}

/** The sentences of one passage, as candidates attributed to it. */
export function passageCandidates(passage: Passage, passageScore: number): CandidateSentence[] {
  return splitSentences(passage.text, passage.start).map((sentence) => ({
    key: `${passage.docId}:${sentence.start}`,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
    passage,
    passageScore,
  }));
}
