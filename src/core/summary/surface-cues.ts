/**
 * Surface cues about a sentence's role that embeddings miss: news datelines, quotations,
 * and fragments that are not prose at all.
 */

/**
 * A news dateline or source tag at the very start of a story: "(CNN)", "Tokyo (CNN) -- ",
 * "New Delhi, India (Reuters)". Up to four capitalised words, then a short parenthesised
 * source in capitals or title case.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3} ?)?\((?:\p{Lu}[\p{L}.&' -]{1,30})\)\s*(?:--?\s*|—\s*)?(?=\S)/u;

/**
 * Length of the dateline that opens a story's first sentence, or 0. Trimming it keeps the
 * sentence verbatim (a later start offset) while dropping words no reader needs in a summary.
 */
export function datelineLength(sentence: string): number {
  const match = DATELINE.exec(sentence);
  if (!match) return 0;
  const rest = sentence.slice(match[0].length);
  // Only trim when a real sentence follows: "(CNN)Share, and your gift…", not "(NATO) said".
  return /^["“‘']?\p{Lu}/u.test(rest) && rest.split(/\s+/).length >= 3 ? match[0].length : 0;
}

/** Sentences that open with a quotation mark: quotes colour a story but rarely state its point. */
export function opensWithQuotation(sentence: string): boolean {
  return /^["“„‘«]/u.test(sentence.trim());
}

/** Words made of letters. */
function letterWords(sentence: string): number {
  return (sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length;
}

/**
 * True for prose worth quoting: at least three words of letters. Drops datelines standing
 * alone ("March 10, 2015 ."), bylines' stray pieces and numbering.
 */
export function isProse(sentence: string): boolean {
  return letterWords(sentence) >= 3;
}
