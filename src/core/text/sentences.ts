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

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(["'])([A-Za-z][A-Za-z.]*)\.\s*$/.exec(segment);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  // A single initial ("J. Smith") or a known abbreviation.
  return word.length === 1 || NEVER_FINAL.has(word);
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
    for (const piece of segmenter.segment(line)) {
      const start = lineStart + piece.index;
      const end = start + piece.segment.length;
      if (pending && endsWithAbbreviation(text.slice(pending.start, pending.end))) {
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
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
