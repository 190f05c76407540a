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
  ],
);

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * Whether `text.slice(start, end)` ends with an abbreviation: what
 * `/(?:^|[\s(["'])([A-Za-z][A-Za-z.]*)\.\s*$/` captures, read backwards from the end, so
 * the cost is the length of the last word rather than of the sentence (and no slice is made).
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last -= 1;
  const dot = last - 1;
  if (dot < start || text.charCodeAt(dot) !== 0x2e) return false;
  // The word runs back over letters and dots; it must start with a letter, at the start or after a space, bracket or quote.
  let first = dot;
  while (first > start && (isLetter(text.charCodeAt(first - 1)) || text.charCodeAt(first - 1) === 0x2e)) first -= 1;
  if (first === dot || !isLetter(text.charCodeAt(first))) return false;
  if (first > start && !/[\s(["']/.test(text.charAt(first - 1))) return false;
  const word = text.slice(first, dot).toLowerCase();
  // A single initial ("J. Smith") or a known abbreviation.
  return word.length === 1 || NEVER_FINAL.has(word);
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
      if (pending && endsWithAbbreviation(text, pending.start, pending.end)) {
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
