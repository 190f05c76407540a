/**
 * What counts as mentioning a name the question asks about (see unmentioned-names.ts): the words
 * of the name that an article must hold, and the slips of them it may hold instead.
 */
import { oneEditAway } from '../retrieval/spelling.js';
import { STOPWORDS } from '../text/stopwords.js';
import { findWords } from '../text/whole-words.js';
import { isNumberTerm, stem, tokenize } from '../text/terms.js';
import type { Lexicon } from './lexicon.js';
import type { TermStatistics } from './term-statistics.js';
import type { AskedName } from './unmentioned-names.js';

/** A name this long that is one edit from a corpus term is taken for a slip of it ("Wessel-Datteln" for "Wesel-Datteln"). */
export const MIN_SLIP_LENGTH = 5;

/**
 * What a name is held by: the terms that mention it, and its word as written that a slip or a
 * compound may hide. `head`: the last word of a proper name of several, whose slips are looked
 * for by their stems too.
 */
export interface HeldBy {
  terms: string[];
  word: string | undefined;
  head: boolean;
}

/** A name as a question writes a proper name: each word capitalised ("New York", "President Zelensky"). */
const PROPER_NAME = /^\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*)+$/u;

/**
 * What mentions a name. A name of one word is held by it. A proper name of several is held by its
 * last (a surname, the head of a place's name: "New York" by "York", "President Zelensky" by
 * "Zelensky"), since its first words are often words an unrelated article holds: "What New York
 * street is associated with fashion?", asked of the bundled article, passed on its "new" and was
 * answered (0.29). A hyphenated last word is held by any of its parts too ("New York-based" by
 * "York"). What "how many" counts is held by any of its words, as before: its last may be a verb
 * ("how many people died").
 */
export function heldBy(name: AskedName): HeldBy {
  const words = tokenize(name.written).filter(({ term }) => term.length > 1 && !isNumberTerm(term));
  const last = words[words.length - 1];
  if (words.length < 2 || !last || !PROPER_NAME.test(name.written.trim())) return { terms: name.terms, word: words.length === 1 ? last?.term : undefined, head: false };
  const head = name.terms[name.terms.length - 1] as string;
  const parts = last.term.includes('-') ? last.term.split('-').filter((part) => part.length > 1).map((part) => stem(part)) : [];
  return { terms: [head, ...parts], word: last.term, head: true };
}

/**
 * Whether a word the question writes in lower case is a slip of a function word: shorter than the
 * slip mender reads (it leaves such words alone, as too many words lie one letter from them),
 * unknown to WordNet, and one edit from a function word. "how many are ther" counts nothing, and
 * was told "it never mentions ther".
 */
export function slipOfFunctionWord(written: string, word: string, lexicon: Lexicon): boolean {
  return (
    word.length < MIN_SLIP_LENGTH && written === written.toLowerCase() && !lexicon.has(stem(word)) && oneEditAway(word).some((edit) => STOPWORDS.has(edit))
  );
}

/**
 * The corpus's terms one edit from a word of a name as written, long enough for a slip (see
 * {@link unmentionedNames}). The word is edited as written, not stemmed first: stemmed, "franke"
 * would be the corpus's "frank". For the last word of a proper name (`stemmed`), an edit counts
 * by its stem too ("Tempations" for the corpus's "Temptations", held as "temptat"); not for a
 * name of one word, whose edits' stems meet too many of the corpus's words ("tanks" → "talks").
 */
function slipsInCorpus(word: string, statistics: Pick<TermStatistics, 'has'>, stemmed: boolean): string[] {
  if (word.length < MIN_SLIP_LENGTH || isNumberTerm(word)) return [];
  const found = new Set<string>();
  for (const edit of oneEditAway(word)) {
    if (statistics.has(edit)) found.add(edit);
    else if (stemmed && statistics.has(stem(edit))) found.add(stem(edit));
  }
  return [...found];
}

/**
 * The corpus's terms that a slip in the name stands for: of its word as held (by its stem too for
 * the last word of a proper name), or of each of its words when no one word holds it.
 */
export function slipsOfName(name: AskedName, held: HeldBy, statistics: Pick<TermStatistics, 'has'>): string[] {
  return held.word === undefined ? tokenize(name.written).flatMap(({ term }) => slipsInCorpus(term, statistics, false)) : slipsInCorpus(held.word, statistics, held.head);
}

/**
 * Whether a text writes the name's word as a whole word, also inside a hyphenated one ("Thomas"
 * of "Thomas-Hill"). The text is read only for a name that has such a word.
 */
export function writesHeldWord(held: HeldBy, text: () => string): boolean {
  return held.word !== undefined && held.word.length > 1 && findWords(text(), held.word) !== undefined;
}
