import type { QuestionAnalysis } from './question-analysis.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import type { AnswerTuning } from './tuning.js';

/** Why the engine answered or abstained: reported in `ask --json` and logs. */
export type AbstentionReason =
  /** The question has no content words to look for ("what is it?"). */
  | 'no-terms'
  /** Retrieval found no candidate sentence at all. */
  | 'no-candidates'
  /** The most probable sentence is below `minConfidence`. */
  | 'low-confidence'
  /** "is X mentioned?": the best sentence found does not name X. */
  | 'not-mentioned'
  /** The question names someone or somewhere the corpus never mentions (see unmentioned-names.ts). */
  | 'unmentioned-name'
  /** A when-question (or "what day …") whose answer says nothing about time, or not the day or month asked for (see type-evidence.ts). */
  | 'no-time'
  /** A how-many (or how-much, how-long …) question whose answer states no amount, or not of the kind asked for: an age, a duration … (see type-evidence.ts). */
  | 'no-amount'
  /** "what did X say …", and no sentence of the answer names X or follows one that does (see speaker-evidence.ts). */
  | 'speaker-not-named'
  /** "what does NATO stand for", and no sentence of the answer spells it out (see question-frame.ts). */
  | 'no-expansion';

/** The answer decision: whether to abstain, why, and the answer model's confidence. */
export type AnswerDecision = (
  | { abstain: true; reason: AbstentionReason }
  | { abstain: false; reason: 'answerable' }
) & {
  /** The probability (0–1) that the best sentence answers the question; 0 with no candidates. */
  confidence: number;
};

/** Decides from the learned confidence whether the article answers the question. */
export function decideAbstention(question: QuestionAnalysis, best: ScoredSentence | undefined, tuning: Pick<AnswerTuning, 'minConfidence'>): AnswerDecision {
  const confidence = best?.probability ?? 0;
  if (question.terms.length === 0) return { abstain: true, reason: 'no-terms', confidence };
  if (!best) return { abstain: true, reason: 'no-candidates', confidence };
  if (confidence < tuning.minConfidence) return { abstain: true, reason: 'low-confidence', confidence };
  return { abstain: false, reason: 'answerable', confidence };
}
