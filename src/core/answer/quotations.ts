import { splitSentences } from '../text/sentences.js';
import type { CandidateSentence } from './candidates.js';

/** A stretch of a document to quote, with offsets into it. */
export interface QuotedSpan {
  text: string;
  start: number;
  end: number;
}

/** A quotation that runs over more sentences than this is not widened: the answer would grow too long. */
const MAX_EXTRA_SENTENCES = 3;

/**
 * How a sentence changes the depth of quotation: each opening mark +1, each closing mark −1.
 * Curly quotes say which they are; a straight one opens after a space, a bracket or the start,
 * and closes otherwise. `lowest` is the depth's lowest point (negative when the sentence closes
 * a quotation opened before it).
 */
function quoteBalance(text: string): { change: number; lowest: number } {
  let depth = 0;
  let lowest = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '\u201C') depth += 1;
    else if (character === '\u201D') depth -= 1;
    else if (character === '"') depth += /^$|[\s([{\u2014-]/.test(text.charAt(index - 1)) ? 1 : -1;
    lowest = Math.min(lowest, depth);
  }
  return { change: depth, lowest };
}

/**
 * The sentence widened, within its passage, to the whole quotation it opens or closes: the
 * sentence splitter cuts a quotation of several sentences into pieces, and quoted alone, a piece
 * loses its speaker ('… on what needs to be done."') or never closes ('Ryabkov said "unfortunately
 * …'). When the quotation does not end (or start) within a few sentences of the same passage,
 * the sentence is quoted as it is: everything quoted stays inside the cited passage.
 */
export function wholeQuotation(candidate: CandidateSentence): QuotedSpan {
  const own: QuotedSpan = { text: candidate.text, start: candidate.start, end: candidate.end };
  const balance = quoteBalance(candidate.text);
  if (balance.change === 0 && balance.lowest === 0) return own;
  const { passage } = candidate;
  const sentences = splitSentences(passage.text, passage.start);
  const at = sentences.findIndex((sentence) => sentence.start === candidate.start);
  if (at < 0) return own;
  let first = at;
  let last = at;
  // A quotation closed here but opened earlier: go back to where it opens.
  let needed = balance.lowest;
  while (needed < 0 && first > 0 && at - first < MAX_EXTRA_SENTENCES) {
    first -= 1;
    needed += quoteBalance((sentences[first] as QuotedSpan).text).change;
  }
  if (needed < 0) first = at;
  // A quotation opened here (or before) and still open: go on to where it closes.
  let open = balance.change - balance.lowest;
  while (open > 0 && last < sentences.length - 1 && last - at < MAX_EXTRA_SENTENCES) {
    last += 1;
    const next = quoteBalance((sentences[last] as QuotedSpan).text);
    if (open + next.lowest <= 0) open = 0;
    else open += next.change;
  }
  if (open > 0) last = at;
  if (first === at && last === at) return own;
  const start = (sentences[first] as QuotedSpan).start;
  const end = (sentences[last] as QuotedSpan).end;
  return { text: passage.text.slice(start - passage.start, end - passage.start), start, end };
}
