/** Text read as a regular expression's literal. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where `words` first occurs in `text` as whole words, ignoring case: the "us" of "the US", not
 * the one inside "russian". Undefined when it does not, or when `words` is empty.
 */
export function findWords(text: string, words: string): { start: number; end: number } | undefined {
  if (words === '' || !text.toLowerCase().includes(words.toLowerCase())) return undefined;
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
