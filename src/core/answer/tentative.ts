import type { AnswerTuning } from './tuning.js';
import type { Answer } from './types.js';

/**
 * What front ends say before the quotes of a tentative answer. The quotes are still the closest
 * the article comes, and a member can judge them; what they must not be is presented as sure.
 */
export const TENTATIVE_LEAD = 'Not sure the article answers this directly. The closest it says:';

/**
 * Whether an answer is tentative: quotes (not "doesn't say", not a language model's answer) for a
 * question of fact (not "tell me more" or "is X mentioned?", which ask what the article says on a
 * topic) with a confidence under `tentativeBelow`.
 */
export function isTentative(
  abstained: boolean,
  mode: Answer['mode'],
  bar: 'answer' | 'related' | 'mention',
  confidence: number,
  tuning: Pick<AnswerTuning, 'tentativeBelow'>,
): boolean {
  return !abstained && mode === 'extractive' && bar === 'answer' && confidence < tuning.tentativeBelow;
}
