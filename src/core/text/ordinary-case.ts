/**
 * Whether capitals in a question mark names: only in one written in ordinary case. In a question
 * in capitals throughout ("WHAT DID CHINA SAY"), or in Title Case ("What Happend In Geneva?"),
 * every word has one, so a capital tells nothing.
 */
export function capitalsMarkNames(question: string): boolean {
  const words = question.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return /\p{Ll}/u.test(question) && !(words.length >= 3 && capitalised * 10 >= words.length * 6);
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

