import type { TermStatistics } from '../answer/term-statistics.js';
import { STOPWORDS } from '../text/stopwords.js';
import { normalizeTerm, stem } from '../text/terms.js';

/** Whether the corpus holds this word, as the keyword index stems it. */
function corpusHolds(word: string, statistics: TermStatistics): boolean {
  return statistics.has(stem(normalizeTerm(word)));
}

/** Two words with only spaces between them, neither joined to a hyphen outside the pair. */
const WORD_PAIR = /(?<![\p{L}\p{M}-])(\p{L}[\p{L}\p{M}]*)([ \t]+)(\p{L}[\p{L}\p{M}]*)(?![\p{L}\p{M}-])/gu;

/** A word of two or more parts joined by hyphens ("open-door", "Radnor-Wayne"). */
const HYPHENATED = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)+/gu;

/**
 * A question's compounds written as its corpus writes them. The keyword index keeps a hyphenated
 * word whole ("Radnor-Wayne" is one term), so a member who writes "radnor wayne" matched nothing,
 * and one who writes "three-stage" of an article that says "three stage" asked for a word no
 * passage holds, which weighs the most of any.
 *
 * - Two words the corpus writes as one hyphenated term, and not both on their own, are joined:
 *   "radnor wayne" → "radnor-wayne".
 * - A hyphenated word the corpus never writes, each of whose parts it does, is split:
 *   "open-door" → "open door" for an article that says "open door". A name the corpus lacks
 *   ("Wessel-Datteln") stays whole: its parts are no better known than it is.
 */
export function matchHyphenation(question: string, statistics: TermStatistics): string {
  const split = question.replace(HYPHENATED, (word) => {
    if (corpusHolds(word, statistics)) return word;
    const parts = word.split('-');
    return parts.every((part) => corpusHolds(part, statistics)) ? parts.join(' ') : word;
  });
  // Pairs overlap ("a b c" is "a b" and "b c"), so each match is tried alone and the scan resumes after a join.
  let joined = '';
  let rest = split;
  for (;;) {
    const pair = findJoinable(rest, statistics);
    if (pair === undefined) return joined + rest;
    joined += `${rest.slice(0, pair.index)}${pair.first}-${pair.second}`;
    rest = rest.slice(pair.index + pair.length);
  }
}

/**
 * Whether two words stand for the corpus's hyphenated term: it holds the term, and not both words
 * on their own. A corpus that writes "health-care" in one article and "health care" in others
 * matches "health care" best as the two words; one that writes only "Radnor-Wayne", as the term.
 * A function word never joins ("play in" is not the corpus's "play-in").
 */
function joinable(first: string, second: string, statistics: TermStatistics): boolean {
  if (STOPWORDS.has(normalizeTerm(first)) || STOPWORDS.has(normalizeTerm(second))) return false;
  if (corpusHolds(first, statistics) && corpusHolds(second, statistics)) return false;
  return corpusHolds(`${first}-${second}`, statistics);
}

/** The first pair of words, from the left, that the corpus writes as one hyphenated term. */
function findJoinable(text: string, statistics: TermStatistics): { index: number; length: number; first: string; second: string } | undefined {
  for (let from = 0; from < text.length; ) {
    WORD_PAIR.lastIndex = from;
    const match = WORD_PAIR.exec(text);
    if (match === null) return undefined;
    const [whole, first, spaces, second] = match as unknown as [string, string, string, string];
    if (joinable(first, second, statistics)) return { index: match.index, length: whole.length, first, second };
    // The second word may start the next pair.
    from = match.index + first.length + spaces.length;
  }
  return undefined;
}
