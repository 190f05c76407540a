/** The most passage text ever shown or returned as one citation. */
export const MAX_PASSAGE_CHARS = 1000;

const ELLIPSIS = '…';

/**
 * Shortens text to at most `maxChars` characters, cutting at a word boundary when one is in the
 * last 40% (so a word is not chopped in half) and marking the cut with an ellipsis. The one cut
 * rule for everything shown: passages, excerpts, and Discord's length-limited fields.
 */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= ELLIPSIS.length) return ELLIPSIS.slice(0, maxChars);
  const cut = text.slice(0, maxChars - ELLIPSIS.length);
  const lastSpace = cut.search(/\s\S*$/);
  const atWord = lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}${ELLIPSIS}`;
}

/**
 * A passage's text as users see it: whitespace runs collapsed, and cut at a word boundary
 * with an ellipsis when longer than `maxChars` (see {@link truncate}).
 */
export function displayText(text: string, maxChars = MAX_PASSAGE_CHARS): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), maxChars);
}

/** A short excerpt for lists of sources. */
export function excerpt(text: string, maxChars = 160): string {
  return displayText(text, maxChars);
}
