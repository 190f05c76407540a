import { STOPWORDS } from './stopwords.js';

/** A sentence with character offsets into the text it came from. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// ICU (behind Intl.Segmenter) splits after every "Mr." or "Jan."; these never end a sentence
// when another word follows, so the split is undone.
const NEVER_FINAL = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen',
    'rep', 'rev', 'pres', 'vs', 'no', 'nos', 'vol', 'fig', 'ch', 'pp', 'approx', 'est', 'dept', 'mt', 'ft',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf',
    'al', 'inc', 'corp', 'ltd', 'co',
    // Ranks, titles, opus numbers and "circa", found split in the news stories and Wikipedia articles
    // of ../shared/eval ("Union Maj. | Gen. William T. Sherman", "his Rondo Op. | 1.").
    'maj', 'adm', 'brig', 'cmdr', 'cpl', 'pvt', 'pfc', 'spc', 'det', 'supt', 'insp', 'atty', 'msgr', 'fr', 'op', 'ca',
  ],
);

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * The abbreviation `text.slice(start, end)` ends with, lowercased and without its final dot
 * ("mr", "u.s", "j"): what `/(?:^|[\s(["'])([A-Za-z][A-Za-z.]*)\.\s*$/` captures, read backwards
 * from the end, so the cost is the length of the last word rather than of the sentence (the only
 * slice made is of that word). Undefined when it ends otherwise.
 */
function finalAbbreviation(text: string, start: number, end: number): string | undefined {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last -= 1;
  const dot = last - 1;
  if (dot < start || text.charCodeAt(dot) !== 0x2e) return undefined;
  // The word runs back over letters and dots; it must start with a letter, at the start or after a space, bracket or quote.
  let first = dot;
  while (first > start && (isLetter(text.charCodeAt(first - 1)) || text.charCodeAt(first - 1) === 0x2e)) first -= 1;
  if (first === dot || !isLetter(text.charCodeAt(first))) return undefined;
  if (first > start && !/[\s(["']/.test(text.charAt(first - 1))) return undefined;
  return text.slice(first, dot).toLowerCase();
}

/** Letters joined by dots: "u.s", "a.m", "d.c", "o.s" (of "U.S.", "a.m.", "D.C.", "O.S."). */
const INITIALISM = /^(?:[a-z]\.)+[a-z]$/;

/** The word `text` goes on with from `start`, after spaces; '' when a quote, bracket, digit or mark comes first. */
function firstWord(text: string, start: number): string {
  const found = /^\s*([\p{L}’']+)/u.exec(text.slice(start, start + 40));
  return found?.[1] ?? '';
}

/**
 * Whether the break after `text.slice(start, end)` is no sentence's end. A known abbreviation
 * ("Mr.", "Jan.") or a single initial ("J. Smith") never ends one when another word follows. An
 * initialism ("U.S.", "a.m.", "D.C.") ends one only before a function word: ICU split "John
 * Wayne stars as U.S. | Marshal Rooster Cogburn", "the U.S. | Justice Department" and "at 9 a.m. |
 * Thursday" (56 such splits in ../shared/eval's 200 CNN stories; 5 of them real ends, inside
 * flattened fact lists: "at 11:39 a.m. | Passengers: 150"), while "in the U.S. | The next day"
 * stays two sentences. A capitalised word that is not a function word is read as
 * a name or title going on ("U.S. Navy"); the rare real end before a name ("in the U.S. |
 * Beyoncé released …") is joined, which costs a longer sentence instead of a cut one.
 */
function continuesAfter(text: string, start: number, end: number, next: number): boolean {
  const word = finalAbbreviation(text, start, end);
  if (word === undefined) return false;
  if (word.length === 1 || NEVER_FINAL.has(word)) return true;
  if (!INITIALISM.test(word)) return false;
  const following = firstWord(text, next);
  return /^\p{Lu}/u.test(following) && !STOPWORDS.has(following.toLowerCase().replace(/’/g, "'"));
}

/** Characters handed to the segmenter at once (see {@link lineSegments}). */
const SEGMENT_WINDOW = 16_384;

/**
 * The ICU sentence segments of one line, as `[start, end)` offsets into it. A long line (a
 * one-line file of megabytes) is segmented window by window: V8's segment iterator slows down
 * with the length of the string, and took minutes on a 3 MB line. Each window's last segment,
 * which may continue past the window, is segmented again at the start of the next window.
 */
function* lineSegments(line: string): Generator<{ start: number; end: number }> {
  let offset = 0;
  let window = SEGMENT_WINDOW;
  while (offset < line.length) {
    const end = Math.min(line.length, offset + window);
    const segments = [...segmenter.segment(line.slice(offset, end))];
    const last = segments.length - 1;
    if (end < line.length && last < 1) {
      // One sentence longer than the window: widen it until a boundary shows.
      window *= 2;
      continue;
    }
    const keep = end === line.length ? segments.length : last;
    for (let index = 0; index < keep; index += 1) {
      const piece = segments[index] as Intl.SegmentData;
      yield { start: offset + piece.index, end: offset + piece.index + piece.segment.length };
    }
    if (end === line.length) return;
    offset += (segments[last] as Intl.SegmentData).index;
    window = SEGMENT_WINDOW;
  }
}

/**
 * Splits text into sentences with exact offsets, so `text.slice(start, end) === sentence.text`.
 * Line breaks always end a sentence: headings and list items stand alone.
 * @param offset added to every offset, for text that is a slice of a larger source.
 */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let pending: { start: number; end: number } | undefined;
    for (const piece of lineSegments(line)) {
      const start = lineStart + piece.start;
      const end = lineStart + piece.end;
      if (pending && continuesAfter(text, pending.start, pending.end, start)) {
        pending.end = end;
      } else {
        if (pending) pushTrimmed(spans, text, pending.start, pending.end, offset);
        pending = { start, end };
      }
    }
    if (pending) pushTrimmed(spans, text, pending.start, pending.end, offset);
    lineStart += line.length + 1;
  }
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number, offset: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  if (to > from) spans.push({ text: text.slice(from, to), start: from + offset, end: to + offset });
}

/** Number of words, counted the way passage sizes are specified. */
export function countWords(text: string): number {
  // Counts runs of non-space characters (what /\S+/g matches) without building the array of them:
  // chunking counts the words of every sentence several times.
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** Exactly the characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
