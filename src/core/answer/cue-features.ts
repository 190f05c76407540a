/**
 * The answer features that ask whether a sentence holds the kind of thing a question asks for
 * (a name, a date, an amount, a place) and, for "how many X", whether the amount counts X. The
 * spans are found once per sentence profile and remembered on it, since sentences come back
 * question after question.
 */
import { isContentTerm, isNumberTerm, tokenize } from '../text/terms.js';
import { holdsAnswerOf, type AnswerKind } from './answer-kinds.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { QuestionType } from './question-type.js';
import { freshSpans, typeSpans } from './sentence-cues.js';
import type { TextProfile } from './text-profile.js';

/** Words within this many tokens after an amount count as what it counts ("100,000 Russian troops"). */
const COUNTED_WINDOW = 3;

/**
 * 1 when an amount in the sentence counts what the question asks to count: a counted stem, or a
 * word `matches` accepts, in or just after the amount's span.
 */
export function countsAsked(question: QuestionAnalysis, profile: TextProfile, matches: (term: string, word: string) => boolean): number {
  const amounts = cueSpans('quantity', profile);
  if (amounts.length === 0) return 0;
  const tokens = tokenize(profile.text);
  for (const amount of amounts) {
    const firstAfter = tokens.findIndex((token) => token.start >= amount.end);
    const near = tokens.filter(
      (token, index) =>
        ((token.start >= amount.start && token.end <= amount.end) || (firstAfter >= 0 && index >= firstAfter && index < firstAfter + COUNTED_WINDOW)) &&
        isContentTerm(token.term) &&
        !isNumberTerm(token.term),
    );
    if (near.some((token) => question.counted.some((term) => matches(term, token.term)))) return 1;
  }
  return 0;
}

/** The spans of a kind of answer in a text, found once per profile (sentences come back question after question). */
function cueSpans(type: QuestionType, profile: TextProfile): ReturnType<typeof typeSpans> {
  let found = profile.cues.get(type);
  if (!found) {
    found = typeSpans(type, profile.text);
    profile.cues.set(type, found);
  }
  return found;
}

/**
 * Whether the sentence holds, beyond what the question says, the kind of thing the question asks
 * for; for "how old", "what day" and their kin, an answer of that finer kind (see answer-kinds.ts).
 */
export function holdsCue(question: QuestionAnalysis, kind: AnswerKind | undefined, profile: TextProfile): number {
  if (kind) return holdsAnswerOf(kind, profile.text) ? 1 : 0;
  return freshSpans(question.type, cueSpans(question.type, profile), question.text).length > 0 ? 1 : 0;
}

/** The sentence's capitalised names that the question does not hold (found once per profile). */
export function freshNames(question: QuestionAnalysis, profile: TextProfile): ReturnType<typeof typeSpans> {
  return freshSpans('who', cueSpans('who', profile), question.text);
}
