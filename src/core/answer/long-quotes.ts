import { stem, tokenize } from '../text/terms.js';

/** Marks where a quote shortened to fit was cut. */
export const ELLIPSIS = '…';

/** The part of an overlong sentence that is quoted, and where it lies in the sentence. */
export interface QuoteExcerpt {
  /** The quoted words, with an ellipsis at each end that was cut. */
  text: string;
  /** Where the quoted words begin and end in the sentence. */
  start: number;
  end: number;
  /** How many characters the opening ellipsis adds before the sentence's own text (0 or 1). */
  lead: number;
}

/** A span of the sentence that the excerpt should hold: the answer's cue counts twice a question word. */
const CUE_WEIGHT = 2;

/**
 * The words of `sentence` to quote when it is longer than `maxChars`; undefined when it fits.
 *
 * Sentence splitting leaves some "sentences" far longer than an answer may be: a disambiguation
 * page's list, a table flattened to text, a run-on legal clause ("ARB or ARb may stand for:
 * Medicine: Angiotensin receptor blocker …, Military: …" is 700 characters). Quoted whole, the
 * answer broke `answer.maxChars`. The excerpt is the window of whole words, within the budget,
 * that holds the answer's cue (a name, date or number the question asks for) and the most of the
 * question's own words. Among windows that hold as much, it takes the earliest, since a sentence's
 * opening usually names its subject. Each cut end gets an ellipsis, so the quote never reads as the
 * whole sentence. The words themselves are never changed: every piece between ellipses lies in the
 * cited passage.
 */
export function excerptToFit(
  sentence: string,
  maxChars: number,
  questionTerms: readonly string[],
  cue?: { start: number; end: number },
): QuoteExcerpt | undefined {
  if (sentence.length <= maxChars) return undefined;
  // Room for an ellipsis at each end.
  const budget = Math.max(1, maxChars - 2 * ELLIPSIS.length);
  const wanted = new Set(questionTerms);
  const anchors = tokenize(sentence)
    .filter((token) => wanted.has(stem(token.term)))
    .map((token) => ({ start: token.start, end: token.end, key: stem(token.term), weight: 1 }));
  if (cue) anchors.push({ start: cue.start, end: cue.end, key: '\u0000cue', weight: CUE_WEIGHT });
  let best = { start: 0, end: windowEnd(sentence, 0, budget), score: -1 };
  for (const start of wordStarts(sentence)) {
    const end = windowEnd(sentence, start, budget);
    if (end <= start) continue;
    // Each question word counts once, however often the window repeats it.
    const held = new Map<string, number>();
    for (const anchor of anchors)
      if (anchor.start >= start && anchor.end <= end) held.set(anchor.key, anchor.weight);
    const score = [...held.values()].reduce((sum, weight) => sum + weight, 0);
    if (score > best.score) best = { start, end, score };
  }
  const lead = best.start > 0 ? ELLIPSIS.length : 0;
  const words = sentence.slice(best.start, best.end).trimEnd();
  return {
    text: `${lead > 0 ? ELLIPSIS : ''}${words}${best.start + words.length < sentence.length ? ELLIPSIS : ''}`,
    start: best.start,
    end: best.start + words.length,
    lead,
  };
}

/** Where each word begins: the sentence's start and every non-space after a space. */
function* wordStarts(sentence: string): Generator<number> {
  yield 0;
  for (let index = 1; index < sentence.length; index += 1)
    if (/\s/.test(sentence[index - 1] as string) && !/\s/.test(sentence[index] as string)) yield index;
}

/** The end of the last whole word that fits in `budget` characters from `start`. */
function windowEnd(sentence: string, start: number, budget: number): number {
  const limit = start + budget;
  if (limit >= sentence.length) return sentence.length;
  // Cut at the last space within the budget; a single word longer than the budget is cut where it must be.
  const space = sentence.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}
