/** The words Title Case leaves in lower case: articles, and short conjunctions and prepositions. */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

/**
 * Whether capitals in a question mark names: only in one written in ordinary case. In a question
 * in capitals throughout ("WHAT DID CHINA SAY"), or in Title Case ("What Happend In Geneva?"),
 * every word has one, so a capital tells nothing. Title Case capitalises every word after the
 * first but articles and short conjunctions and prepositions: another word in lower case ("won"
 * in "Who won the World Cup?", "did" in "What did Wendy Sherman say", whose capitals are three
 * of five words) shows ordinary case, where the capitals are a name's.
 */
export function capitalsMarkNames(question: string): boolean {
  const words = question.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (!/\p{Ll}/u.test(question)) return false;
  if (words.length < 3 || capitalised * 10 < words.length * 6) return true;
  return words.slice(1).some((word) => word.length > 1 && /^\p{Ll}/u.test(word) && !TITLE_CASE_LOWER.has(word));
}

/**
 * Whether a question is shouted: at least two words of two letters or more, and two thirds of them
 * in capitals ("WHO LED THE US DELEGATION", "WHAT DID NATO SAY ABOUT IT"). Its capitals mark
 * neither names nor acronyms, so it is read as the same question in lower case, as members most
 * often write: read as written, every word counted as a name the answer had to hold.
 */
export function isShouted(question: string): boolean {
  const long = (question.match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
  const capitals = long.filter((word) => word === word.toUpperCase() && word !== word.toLowerCase());
  return long.length >= 2 && capitals.length * 3 >= long.length * 2;
}

