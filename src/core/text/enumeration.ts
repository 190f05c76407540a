/** Where a list starts within a sentence: "The three demands are, …", "… include …", "…: …". */
const INTRODUCER = /(?:\b(?:are|were|include|includes|included|including|namely|as follows)\b[,:]?|:)\s+/i;
const MAX_SHORT_ITEM_WORDS = 5;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function cleanItem(text: string): string {
  return text
    .replace(/^(?:and|or)\s+/i, '')
    .replace(/[\s,;]+(?:and|or)?\s*$/i, '')
    .replace(/[.;,]+$/, '')
    .trim();
}

/**
 * Items that repeat one opening ("NATO does not expand …, NATO does not place …, and NATO does
 * not mobilize …"): each starts where a two- or three-word opening recurs.
 */
function parallelItems(tail: string): string[] {
  const tokens = words(tail);
  let best: { size: number; positions: number[] } | undefined;
  for (const size of [3, 2]) {
    const starts = new Map<string, number[]>();
    for (let index = 0; index + size <= tokens.length; index += 1) {
      const key = tokens.slice(index, index + size).join(' ').toLowerCase().replace(/[,;]/g, '');
      if (!/\p{L}/u.test(key) || /^(?:a|an|of|in|and|to|or|on|at|by|for|with)\b/.test(key) || /^the\s*$/.test(key)) continue;
      starts.set(key, [...(starts.get(key) ?? []), index]);
    }
    for (const positions of starts.values()) {
      // The opening every item shares recurs most often; a longer one wins a tie.
      if (positions.length >= 2 && (!best || positions.length > best.positions.length)) best = { size, positions };
    }
  }
  if (!best) return [];
  const { size, positions } = best;
  const items = positions.map((start, index) => cleanItem(tokens.slice(start, positions[index + 1] ?? tokens.length).join(' ')));
  return items.every((item) => words(item).length > size) ? items : [];
}

/** A list of short items: "Ukraine, Georgia and Moldova". */
function shortItems(tail: string): string[] {
  const items = tail
    .replace(/[.;]+$/, '')
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
    .map(cleanItem)
    .filter((item) => item !== '');
  return items.length >= 2 && items.every((item) => words(item).length <= MAX_SHORT_ITEM_WORDS) ? items : [];
}

/** A list a sentence makes: its items, and the noun it is a list of when the sentence names it. */
export interface Enumeration {
  items: string[];
  /** The word right before "are", "include" or the colon, lower case: "demands" in "The three demands are, …". */
  head?: string;
}

/**
 * The list a sentence makes, if it makes one: two or more parallel items, or two or more short
 * items after "are", "include" or a colon.
 */
export function enumerationIn(sentence: string): Enumeration | undefined {
  const introducer = INTRODUCER.exec(sentence);
  const tail = introducer ? sentence.slice(introducer.index + introducer[0].length) : sentence;
  const head = introducer ? /(\p{L}+)[\s,]*$/u.exec(sentence.slice(0, introducer.index))?.[1]?.toLowerCase() : undefined;
  const parallel = parallelItems(tail);
  if (parallel.length >= 2) return { items: parallel, ...(head ? { head } : {}) };
  if (!introducer) return undefined;
  const short = shortItems(tail);
  return short.length >= 2 ? { items: short, ...(head ? { head } : {}) } : undefined;
}

/**
 * The enumeration in an answer, if it has one, for follow-ups such as "the second one": the
 * items of the first sentence that makes a list. Empty when the answer lists nothing.
 */
export function answerItems(sentences: readonly string[]): string[] {
  for (const sentence of sentences) {
    const found = enumerationIn(sentence);
    if (found) return found.items;
  }
  return [];
}
