/** The most passage text ever shown or returned as one citation. */
export const MAX_PASSAGE_CHARS = 1000;

/**
 * A passage's text as users see it: whitespace runs collapsed, and cut at a word boundary
 * with an ellipsis when longer than `maxChars`.
 */
export function displayText(text: string, maxChars = MAX_PASSAGE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A short excerpt for lists of sources. */
export function excerpt(text: string, maxChars = 160): string {
  return displayText(text, maxChars);
}
