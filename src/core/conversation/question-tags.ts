import { QUESTION_WORDS } from '../text/question-words.js';
import { AUXILIARIES } from './question-form.js';

/**
 * A tag after a statement asked as a question, read in a conversation after its contractions are
 * opened ("the US runs NATO, doesn't it?" → "… does not it?"; "nobody called it a failure, did
 * they?"). Its pronoun only echoes the statement's subject, and read as a reference to an earlier
 * turn it had become "come on, the US basically runs NATO does not Ukraine?".
 */
const NEGATIVE_TAG =
  /(?:,\s*|\s+)(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\s+not\s+(?:it|they|he|she|we|you|there|that|this)(?=[\s?!.]*$)|(?:,\s*|\s+)(?:cannot|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|won't|wouldn't|couldn't|shouldn't)\s+(?:it|they|he|she|we|you|there|that|this)(?=[\s?!.]*$)/i;
/** The same tag without "not", after a negative statement ("nobody called it a failure, did they?"). */
const POSITIVE_TAG = /(?:,\s*|\s+)(?:is|are|was|were|do|does|did|has|have|had|can|will|would)\s+(?:it|they|he|she|there)(?=[\s?!.]*$)/i;

/** A negation that a positive tag follows: "nobody …, are they", "they never …, did they". */
const NEGATED = /\b(?:not|no|never|nobody|no\s+one|none|nothing|neither|nowhere)\b|n['’]t\b/i;

/**
 * A statement asked as a question without its closing tag ("the us runs nato, doesn't it?" → "the
 * us runs nato?"), so the tag's pronoun is not read as someone from an earlier turn. A question
 * proper keeps its words ("what time is it", "why does not it work"): only a statement takes a
 * tag, and a positive tag only after a negative statement.
 */
export function withoutQuestionTag(question: string): string {
  const firstWord = question.trimStart().split(/[\s,]+/)[0]?.toLowerCase() ?? '';
  // A question word or the verb of a yes/no question opens a question, not a statement.
  if (QUESTION_WORDS.has(firstWord) || AUXILIARIES.has(firstWord)) return question;
  const negative = NEGATIVE_TAG.exec(question);
  const positive = negative ? null : POSITIVE_TAG.exec(question);
  const tag = negative ?? (positive && NEGATED.test(question.slice(0, positive.index)) ? positive : null);
  if (!tag) return question;
  const statement = question.slice(0, tag.index).trimEnd();
  return /\p{L}/u.test(statement) ? `${statement}?` : question;
}
