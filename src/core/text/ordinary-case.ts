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
