import { stemmer as porterStem } from 'stemmer';
import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { memoizeText } from './memoize.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Word tokens, keeping the forms that carry names and numbers intact:
 * "100,000", "08:00", "10/1/22", "U.S.", "mid-December", "Russia's".
 */
const TOKEN_PATTERN = /\d+(?:st|nd|rd|th)\b|\d+(?:\.\d+)?k\b|\d+(?:[.,:/]\d+)*%?|[\p{L}][\p{L}\p{M}]*(?:[.'’-][\p{L}\p{M}]+)*\.?/gu;

/** Ordinals written with digits read as the words: "2nd round" meets "second stage". */
const ORDINAL_WORDS = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/**
 * Small cardinals written as words read as digits: "the 3 demands" meets "the three demands".
 * "one" is left alone: far more often a pronoun ("one of the demands") than a count.
 */
const CARDINAL_WORDS: ReadonlyMap<string, string> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (word, index) => [word, String(index + 2)],
  ),
);

/** A token with its position, used when a span must be highlighted. */
export interface TermToken {
  raw: string;
  term: string;
  start: number;
  end: number;
}

/** A plain word of ASCII letters, which normalising only lowercases (most of any text's words). */
const PLAIN_WORD = /^[A-Za-z]+$/;

/** Normalises one token for matching: lowercase, no accents, no possessive, no dots ("U.S." → "us"). */
export const normalizeTerm = memoizeText((raw: string): string => {
  // Every step below leaves a plain word as it is but for case. Skipping them roughly halves the
  // first normalising of a corpus's distinct words (the 200 stories' 17,133: 34–43 → 18–23 ms).
  if (PLAIN_WORD.test(raw)) {
    const lower = raw.toLowerCase();
    return CARDINAL_WORDS.get(lower) ?? lower;
  }
  // Fold accents so "Hervé" and "Herve" meet.
  let term = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'");
  term = term.replace(/'s$/, '').replace(/\.$/, '');
  // "100,000", "100000" and "100k" are one number.
  if (/^\d{1,3}(?:,\d{3})+$/.test(term)) return term.replace(/,/g, '');
  const thousands = /^(\d+(?:\.\d+)?)k$/.exec(term);
  if (thousands) return String(Math.round(Number(thousands[1]) * 1000));
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(term);
  if (ordinal) return ORDINAL_WORDS[Number(ordinal[1])] ?? term;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(term)) term = term.replace(/\./g, '');
  return term;
});

/** Keeps the dot of "U.S." but not a sentence-final period. */
function withoutFinalPeriod(raw: string): string {
  return raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw) ? raw.slice(0, -1) : raw;
}

/** Splits text into normalised tokens with offsets. */
export function tokenize(text: string): TermToken[] {
  const tokens: TermToken[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = withoutFinalPeriod(match[0]);
    const start = match.index;
    tokens.push({ raw, term: normalizeTerm(raw), start, end: start + raw.length });
  }
  return tokens;
}

/**
 * The term a token as matched in the text stands for (`termOfMatch(m)` for every `m` of
 * `matchedTokens(text)` gives `terms(text)`); remembered, so a word seen before costs one lookup.
 */
export const termOfMatch = memoizeText((match: string) => normalizeTerm(withoutFinalPeriod(match)));

/** Tokens exactly as matched in the text, before normalising: for callers that cache per token. */
export function matchedTokens(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

/**
 * Lowercase terms, stopwords kept: what keyword search indexes. The same terms as `tokenize`,
 * without building token objects (`match` returns plain strings), since indexing calls this
 * for every passage.
 */
export function terms(text: string): string[] {
  return matchedTokens(text).map(termOfMatch);
}

/** True for tokens that are numbers ("100,000", "08:00", "2022", "10/1/22"). */
export function isNumberTerm(term: string): boolean {
  return /^\d/.test(term);
}

/**
 * Reduces a word to a matching key: irregular verb forms to their lemma ("began" → "begin",
 * which Porter alone leaves apart), then Porter stemming, so "negotiating" meets "negotiations".
 * Numbers stay as they are.
 */
export const stem = memoizeText((term: string): string => {
  if (isNumberTerm(term)) return term;
  // The irregular form first, whatever its length: "led", "met", "ran" and "won" are no stems of
  // their own, and "who was leading the talks" missed the article's "was led by" (0.04, where
  // "who led the talks" is answered at 0.39).
  const base = IRREGULAR_VERBS.get(term);
  if (base !== undefined) return porterStem(base);
  return term.length <= 3 ? term : porterStem(term);
});

/** False for a stray letter ("s", "x"); numbers of any length count. */
export function isWordLength(term: string): boolean {
  return term.length >= 2 || isNumberTerm(term);
}

/** A normalised term that carries meaning: not a stopword, and not a stray letter. */
export function isContentTerm(term: string): boolean {
  return !STOPWORDS.has(term) && isWordLength(term);
}

/**
 * The stemmed term of a token as matched in the text ('' for a stopword), remembered: one
 * lookup per token instead of one to normalise and one to stem, which at 100k passages saved seconds.
 */
const indexTermOfMatch = memoizeText((match: string): string => {
  const term = termOfMatch(match);
  return STOPWORDS.has(term) ? '' : stem(term);
});

/**
 * The terms keyword search matches on, in order: stopwords dropped, stemmed, names and numbers
 * kept whole ("100,000", "08:00", "U.S." → "us").
 */
export function indexTerms(text: string): string[] {
  const result: string[] = [];
  for (const match of matchedTokens(text)) {
    const term = indexTermOfMatch(match);
    if (term !== '') result.push(term);
  }
  return result;
}

/**
 * Distinct content terms, stemmed: what overlap scoring compares. The index terms without stray
 * letters (stemming leaves words of three letters or fewer as they are, so the length test holds).
 */
export function contentTerms(text: string): string[] {
  return [...new Set(indexTerms(text).filter(isWordLength))];
}

/**
 * Capitalised words that are not sentence-initial, and all-caps acronyms: a cheap stand-in for
 * named entities ("Sherman", "NATO", "Geneva").
 */
export function properNames(text: string): string[] {
  const names = new Set<string>();
  const tokens = tokenize(text);
  tokens.forEach((token, index) => {
    if (!/^\p{Lu}/u.test(token.raw) || STOPWORDS.has(token.term)) return;
    const previous = index > 0 ? text.slice(tokens[index - 1]?.end ?? 0, token.start) : '';
    const sentenceInitial = index === 0 || /[.!?]\s*["'“]?\s*$/.test(previous);
    const acronym = /^\p{Lu}{2,}$/u.test(token.raw.replace(/\./g, ''));
    if (!sentenceInitial || acronym) names.add(token.term);
  });
  return [...names];
}
