/**
 * Names (and plain numbers) a question asks about that the corpus never mentions. "what time is
 * it in tokyo" and "how many troops does nato have in poland", asked of the bundled article, are
 * about places it never names; its best sentences share the question's other words, and the
 * answer model (which never saw a training question about something its corpus lacks) gave them
 * 0.33 and 0.69. SQuAD's unanswerable questions often move a fact to a year its article never
 * writes ("Who wrote a paper on real time computations in 1973?").
 *
 * Checked on each question's own article: of 803 answerable questions in members' words (the two
 * dev sets about the article, the members' opening questions, the news questions), one names
 * something its article never writes ("PSG", for Paris Saint-Germain: hence the acronyms below),
 * against 8 of their 387 unanswerable questions and 18 of 150 questions about other things asked
 * of the bundled article.
 */
import { oneEditAway } from '../retrieval/spelling.js';
import { PLACE_WORDS } from '../text/name-words.js';
import { findWords } from '../text/whole-words.js';
import { capitalsMarkNames } from '../text/ordinary-case.js';
import { STOPWORDS } from '../text/stopwords.js';
import { indexTerms, isNumberTerm, stem, tokenize } from '../text/terms.js';
import type { DocumentTerms } from './document-terms.js';
import type { Lexicon } from './lexicon.js';
import type { TermStatistics } from './term-statistics.js';
import type { TextProfile } from './text-profile.js';
import { countedWords } from './question-analysis.js';

/** A name as the question writes it, with the terms the corpus would hold it by. */
export interface AskedName {
  written: string;
  terms: string[];
}

/**
 * Places from compromise's gazetteer, read in any case, since members write in lower case.
 * Entries under four letters are codes and abbreviations ("lax", "rd", "st"); two are not names.
 */
const PLACES = new Set(PLACE_WORDS.split('|').filter((place) => place.length >= 4 && place !== 'downtown' && place !== 'midtown'));
const PLACE_TERMS = new Set([...PLACES].filter((place) => !place.includes(' ')).map((place) => stem(place)));
const LONGEST_PLACE = 3;

/** A number as the index holds it: "100k", "100,000" and "100000" are all 100000. */
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;

/** A name this long that is one edit from a corpus term is taken for a slip of it ("Wessel-Datteln" for "Wesel-Datteln"). */
const MIN_SLIP_LENGTH = 5;

const titleCase = (text: string): string => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/**
 * The names a question asks about: runs of capitalised words that do not open a sentence, and
 * acronyms, when capitals mark names at all (see ordinary-case.ts); plain numbers; and the
 * gazetteer's places, in any case.
 */
export function askedNames(question: string): AskedName[] {
  const names: AskedName[] = [];
  const add = (written: string): void => {
    // Single letters ("P", "X", "T(n)") are variables, not names, as for the question's keys.
    const terms = indexTerms(written).filter((term) => term.length > 1 && !isNumberTerm(term));
    if (terms.length > 0 && !names.some((name) => name.terms.some((term) => terms.includes(term)))) names.push({ written, terms });
  };
  const tokens = tokenize(question);
  if (capitalsMarkNames(question)) {
    let run: { start: number; end: number } | undefined;
    tokens.forEach((token, index) => {
      const before = question.slice(tokens[index - 1]?.end ?? 0, token.start);
      const opensSentence = index === 0 || /[.!?]\s*["'“]?\s*$/.test(before);
      const acronym = /^\p{Lu}{2,}$/u.test(token.raw.replace(/\./g, ''));
      const name = /^\p{Lu}/u.test(token.raw) && !STOPWORDS.has(token.term) && (!opensSentence || acronym);
      if (name && run && /^\s+$/.test(before)) run.end = token.end;
      else {
        if (run) add(question.slice(run.start, run.end));
        run = name ? { start: token.start, end: token.end } : undefined;
      }
    });
    if (run) add(question.slice(run.start, run.end));
  }
  // Plain numbers too: a year or an amount the corpus never writes ("what happened in 2014"). Not
  // single digits (the corpus's statistics count no one-character term), ordinals, dates, times or
  // percentages, which texts write in too many ways ("27th", "twenty-seventh").
  for (const token of tokens) {
    if (PLAIN_NUMBER.test(token.term) && token.term.length > 1 && !names.some((name) => name.terms.includes(token.term)))
      names.push({ written: token.raw, terms: [token.term] });
  }
  const words = tokens.map((token) => token.raw.toLowerCase());
  for (let start = 0; start < words.length; start += 1) {
    for (let length = Math.min(LONGEST_PLACE, words.length - start); length >= 1; length -= 1) {
      const place = words.slice(start, start + length).join(' ');
      if (PLACES.has(place)) {
        add(titleCase(place));
        start += length - 1;
        break;
      }
    }
  }
  return names;
}

/**
 * What "how many X" asks to count, as written, checked as a name is: an article that never
 * mentions tanks, nor anything WordNet relates to them, does not say how many there are, and its
 * amounts count something else ("How many tanks does Ukraine have?" had been answered with
 * "100,000 troops"). Counted against each question's own article over every labelled set (the
 * dev sets, the members' openers, the news questions, and WikiQA's and SQuAD's training
 * questions), the check holds for 28 of 186 unanswerable how-many questions and 6 of 564
 * answerable ones ("how many kids does archie manning have", of a summary that says
 * "children"; three more wrote "ppl", which chat shorthand spells out before this reads it).
 * Undefined when the question counts nothing or the words are numbers.
 */
export function countedThing(question: string): AskedName | undefined {
  const words = countedWords(question).filter((token) => !isNumberTerm(token.term));
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  return { written: question.slice(first.start, last.end), terms: words.map((token) => stem(token.term)) };
}

/** An acronym as written: two to six capitals, with or without dots ("PSG", "U.N."). */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/**
 * Whether a text spells `acronym` with the initials of a run of capitalised words, skipping
 * function words and reading each part of a hyphenated one: "Paris Saint-Germain" for "PSG",
 * "Organization for Security and Co-operation in Europe" for "OSCE".
 */
export function spellsOut(acronym: string, text: string): boolean {
  const letters = acronym.replace(/\./g, '');
  // Each word's initials: a capitalised word gives the capitals that open its hyphenated parts
  // ("Saint-Germain" S and G, "Co-operation" C); a function word inside the run gives none.
  const words = (text.match(/[\p{L}'’-]+/gu) ?? []).map((word) =>
    /^\p{Lu}/u.test(word) ? word.split('-').filter((part) => /^\p{Lu}/u.test(part)).map((part) => part[0] as string) : STOPWORDS.has(word.toLowerCase()) ? [] : undefined,
  );
  for (let start = 0; start < words.length; start += 1) {
    if (!words[start]?.length) continue;
    let spelled = '';
    for (let index = start; index < words.length && spelled.length < letters.length; index += 1) {
      const initials = words[index];
      if (!initials) break;
      spelled += initials.join('');
    }
    if (spelled.startsWith(letters)) return true;
  }
  return false;
}

/**
 * What a name is held by: the terms that mention it, and its word as written that a slip or a
 * compound may hide. `head`: the last word of a proper name of several, whose slips are looked
 * for by their stems too.
 */
interface HeldBy {
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
function heldBy(name: AskedName): HeldBy {
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
function slipOfFunctionWord(written: string, word: string, lexicon: Lexicon): boolean {
  return (
    word.length < MIN_SLIP_LENGTH && written === written.toLowerCase() && !lexicon.has(stem(word)) && oneEditAway(word).some((edit) => STOPWORDS.has(edit))
  );
}

/**
 * The written forms of the names that the corpus never mentions: nothing holds them (see
 * {@link heldBy}): none of their terms is in any passage, nor one edit from a term that is (a
 * slip), no candidate sentence writes their word inside a hyphenated one ("Thomas" of
 * "Thomas-Hill") or spells it out (an acronym), and none holds a word WordNet relates to them
 * ("Switzerland" is mentioned by an article that names Geneva, "USA" by one that names the US).
 * For a place, what is above it does not count: an article that names Europe, or "the West", does
 * not name Poland. `statistics` is whatever tells whether the corpus holds a term: its
 * statistics, or one article's terms.
 */
export function unmentionedNames(
  names: readonly AskedName[],
  statistics: Pick<TermStatistics, 'has'>,
  lexicon: Lexicon,
  candidates: Iterable<Pick<TextProfile, 'text' | 'stems'>>,
): string[] {
  const held = names.map(heldBy);
  const absent = names.flatMap((name, index) => {
    const { terms, word, head } = held[index] as HeldBy;
    if (word !== undefined && !head && slipOfFunctionWord(name.written, word, lexicon)) return [];
    const slips = word === undefined ? tokenize(name.written).flatMap(({ term }) => slipsInCorpus(term, statistics, false)) : slipsInCorpus(word, statistics, head);
    return terms.some((term) => statistics.has(term)) || slips.length > 0 ? [] : [{ name, terms, word }];
  });
  if (absent.length === 0) return [];
  const terms = absent.flatMap((name) => name.terms);
  const relatedTo = lexicon.relater(terms);
  const reached = new Set<string>();
  const written = new Set<string>();
  for (const { text, stems } of candidates) {
    for (const { name, word } of absent) {
      if (ACRONYM.test(name.written) && spellsOut(name.written, text)) written.add(name.written);
      if (word !== undefined && word.length > 1 && findWords(text, word)) written.add(name.written);
    }
    for (const word of stems) {
      for (const index of relatedTo(word)) {
        const term = terms[index] as string;
        if (!(PLACE_TERMS.has(term) && lexicon.above(term, word))) reached.add(term);
      }
    }
  }
  return absent.filter(({ name, terms: its }) => !written.has(name.written) && !its.some((term) => reached.has(term))).map(({ name }) => name.written);
}

/**
 * In a corpus of several documents, those among `docIds` that never mention one of the names:
 * a sentence of a story that never names Macron does not say what Macron said, however well it
 * matches the rest of the question. With one document, the corpus-wide check says it all.
 *
 * The same test as {@link unmentionedNames}, asked of each document through the keyword index:
 * the words a name could be held by (its terms, its slips the corpus holds, the words WordNet
 * relates to it) are found once per question, then each document is asked whether it holds them:
 * the index for its terms and slips, its own text for the related words when it holds neither.
 */
export function silentDocuments(
  names: readonly AskedName[],
  docIds: Iterable<string>,
  documents: DocumentTerms,
  lexicon: Lexicon,
  statistics: Pick<TermStatistics, 'has'>,
): string[] {
  if (names.length === 0 || documents.documentCount < 2) return [];
  const held = names.map(heldBy);
  const slips = held.map(({ word, head }, index) =>
    word === undefined ? tokenize((names[index] as AskedName).written).flatMap(({ term }) => slipsInCorpus(term, statistics, false)) : slipsInCorpus(word, statistics, head),
  );
  // Related words are looked up only for a name some document lacks, and then once.
  const relatedWords: Array<Set<string> | undefined> = [];
  const related = (index: number): Set<string> =>
    (relatedWords[index] ??= new Set((held[index] as HeldBy).terms.flatMap((term) => relatedInCorpus(term, lexicon, statistics))));
  return [...new Set(docIds)].filter((docId) => {
    const absent = held.flatMap(({ terms }, index) => (documents.holdsAny(docId, terms) || documents.holdsAny(docId, slips[index] as string[]) ? [] : [index]));
    let text: string | undefined;
    return absent.some((index) => {
      const { written } = names[index] as AskedName;
      const { word } = held[index] as HeldBy;
      // An acronym the document spells out is mentioned ("Paris Saint-Germain" for "PSG"), and so
      // is a word it writes inside a hyphenated one ("Thomas" of "Thomas-Hill").
      if (ACRONYM.test(written) && spellsOut(written, (text ??= documents.text(docId)))) return false;
      if (word !== undefined && word.length > 1 && findWords((text ??= documents.text(docId)), word)) return false;
      return !documents.readsAny(docId, related(index));
    });
  });
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
 * The words WordNet relates to a name's term that some passage holds, as {@link unmentionedNames}
 * counts them: for a place, not what is above it. Words of a stray letter are kept, since the
 * statistics do not count them.
 */
function relatedInCorpus(term: string, lexicon: Lexicon, statistics: Pick<TermStatistics, 'has'>): string[] {
  return lexicon
    .relatedKeys(term)
    .filter((word) => (statistics.has(word) || word.length < 2) && !(PLACE_TERMS.has(term) && lexicon.above(term, word)));
}
