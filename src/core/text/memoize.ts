/**
 * Remembers a pure string function's results. Text processing sees the same few thousand words
 * over and over (every passage, every question), and normalising or stemming one costs several
 * regular expressions; a lookup costs one hash. The cache is dropped when full, which keeps
 * memory bounded without the bookkeeping of an LRU.
 */
export function memoizeText(compute: (text: string) => string, limit = 250_000): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = compute(text);
      if (results.size >= limit) results.clear();
      results.set(text, result);
    }
    return result;
  };
}
