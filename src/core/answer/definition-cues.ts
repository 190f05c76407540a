import { isContentTerm, stem, tokenize } from '../text/terms.js';
import { isRoleWord } from './sentence-cues.js';

/**
 * Questions that ask what or who something is ("who is ryabkov", "what is the osce", "what are
 * polymers"), and whether a sentence says it: the definition patterns of classic question
 * answering (a copula, an apposition or a title beside the subject). On WikiQA's training questions
 * of this form, 48 % of the answer sentences match against 9 % of the others.
 */

/** "who is X", "what's an X", "what were the X": X is the subject asked about. */
const DEFINITION_QUESTION = /^(?:who|what)(?:'s|’s|\s+(?:is|are|was|were))\s+(?:(?:a|an|the)\s+)?(.+?)[\s?!.]*$/i;
/** A subject with one of these asks about a relation or an event, not what something is ("what is the capital of france"). */
const NOT_A_SUBJECT =
  /['’]s\b|\b(?:of|in|on|at|for|to|from|by|with|about|between|after|before|that|which|who|whom|whose|when|where|why|how|what|do|does|did|has|have|had|will|would|can|could|should|and|or|if|doing|going|said|say|says)\b/i;
/** At most this many words name the subject. */
const MAX_SUBJECT_WORDS = 4;

/** The stems of what a definition question asks about, in order; empty for any other question. */
export function definedSubject(question: string): string[] {
  const match = DEFINITION_QUESTION.exec(question.trim());
  const subject = match?.[1];
  if (subject === undefined || NOT_A_SUBJECT.test(subject)) return [];
  const terms = tokenize(subject).map((token) => token.term);
  if (terms.length === 0 || terms.length > MAX_SUBJECT_WORDS) return [];
  const content = terms.filter(isContentTerm).map(stem);
  return content.length === terms.filter((term) => !/^(?:a|an|the)$/.test(term)).length ? content : [];
}

/**
 * After one of the subject's words, with up to two more words between ("A balance sheet is often
 * described as …"): "is a …", "was the …", "(also …) is a …", an apposition ", head of the US
 * delegation", ", a …", ", which is …", "refers to", "is known as".
 */
const DEFINED_AFTER =
  /^(?:['’]s)?\)?\s*(?:\([^)]{0,120}\)\s*)?(?:[\p{L}\d-]+\s+(?:\([^)]{0,120}\)\s*)?){0,2}(?:(?:is|are|was|were)\s+(?:(?:also|now|still|once|currently|formerly|often|usually|commonly|generally)\s+)?(?:a|an|the|one|any)\b|(?:is|are|was|were)\s+(?:(?:also|often|usually|commonly|generally)\s+)?(?:known|defined|described|termed|called|referred\s+to)\s+as\b|(?:refers?|referred)\s+to\b)|^(?:['’]s)?\)?\s*(?:\([^)]{0,120}\)\s*)?,\s*(?:(?:a|an|the|one)\s+|(?:which|who)\s+(?:is|are|was|were)\s+|[a-z][a-z-]{2,}\s+(?:of|for|at|to)\s+|\p{Lu}[\p{L}.-]*['’]s\s+[a-z])/u;
/** Before the subject: "… was Deputy Foreign Minister Sergei Ryabkov" names what the subject is. */
const DEFINED_BEFORE = /\b(?:is|are|was|were)\s+(?:[A-Z][\p{L}'’.-]*\s+){0,5}$/u;

/** Words before a name that may hold its title ("NATO Secretary General Jens Stoltenberg"). */
const TITLE_WINDOW = 4;

/**
 * Whether the words just before a name give its title or office ("Deputy Foreign Minister
 * Sergei Ryabkov", "President Putin"): up to four capitalised or role words, one of them a role.
 */
function titledBefore(before: string): boolean {
  const words = before.split(/\s+/).filter((word) => word !== '');
  for (let index = words.length - 1; index >= Math.max(0, words.length - TITLE_WINDOW); index -= 1) {
    const word = words[index] as string;
    if (/[,;:.!?"”)]$/.test(word)) return false;
    if (isRoleWord(word.toLowerCase().replace(/['’]s$/, ''))) return true;
    if (!/^\p{Lu}/u.test(word)) return false;
  }
  return false;
}

/** 1 when the sentence says what the subject is, by a copula, an apposition or a title beside its words. */
export function definesSubject(subject: readonly string[], text: string): number {
  if (subject.length === 0) return 0;
  for (const token of tokenize(text)) {
    if (!subject.includes(stem(token.term))) continue;
    const before = text.slice(0, token.start);
    if (DEFINED_AFTER.test(text.slice(token.end)) || DEFINED_BEFORE.test(before) || titledBefore(before)) return 1;
  }
  return 0;
}
