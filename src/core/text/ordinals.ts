/**
 * Ordinal words and their places (1-based; −1 for the last), shared by the answer's list items
 * ("what is the second demand") and the conversation's ("the second one"). Each adds its own
 * words: "former" and "latter" pick from a pair only in a conversation; "final" and "sixth" are
 * read in a question.
 */
export const ORDINAL_PLACES: ReadonlyArray<readonly [string, number]> = [
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3],
  ['fourth', 4], ['4th', 4], ['fifth', 5], ['5th', 5], ['last', -1],
];
