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
import { PLACE_WORDS } from '../text/name-words.js';
import { findWords } from '../text/whole-words.js';
import { capitalsMarkNames } from '../text/ordinary-case.js';
import { STOPWORDS } from '../text/stopwords.js';
import { indexTerms, isNumberTerm, stem, tokenize } from '../text/terms.js';
import type { DocumentTerms } from './document-terms.js';
import { heldBy, slipOfFunctionWord, slipsOfName, writesHeldWord, type HeldBy } from './held-names.js';
import type { Lexicon } from './lexicon.js';
import type { TermStatistics } from './term-statistics.js';
import type { TextProfile } from './text-profile.js';
import { countedWords } from './question-analysis.js';

/** A name as the question writes it, with the terms the corpus would hold it by. */
export interface AskedName {
  written: string;
  terms: string[];
  /** How "doesn't say" names it, when not as written: a day with its month ("january 12"). */
  shown?: string;
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

const titleCase = (text: string): string => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/**
 * The names a question asks about: runs of capitalised words that do not open a sentence, and
 * acronyms, when capitals mark names at all (see ordinary-case.ts); plain numbers; and the
 * gazetteer's places, in any case.
 */
export function askedNames(question: string): AskedName[] {
  const names: AskedName[] = [];
  const add = (asWritten: string): void => {
    // "Germany's position": the name is "Germany" ("it never mentions Germany's" read oddly).
    const written = asWritten.replace(/['’]s?$/u, '');
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
  tokens.forEach((token, index) => {
    if (!PLAIN_NUMBER.test(token.term) || token.term.length < 2 || names.some((name) => name.terms.includes(token.term))) return;
    names.push({ written: token.raw, terms: [token.term], ...withMonth(question, tokens, index) });
  });
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

/** A month's name, in full or cut short, as a date writes it beside a day. */
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/**
 * A number as the question writes it, with the month beside it when it is a day of one: the
 * article that never writes "12" does not say what happened on "january 12", and saying it never
 * mentions "12" reads as if the question had asked about the number.
 */
function withMonth(question: string, tokens: ReturnType<typeof tokenize>, index: number): { shown?: string } {
  const token = tokens[index] as ReturnType<typeof tokenize>[number];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before && MONTH.test(before.raw) && /^\s+$/.test(question.slice(before.end, token.start))) return { shown: question.slice(before.start, token.end) };
  if (after && MONTH.test(after.raw) && /^\s+$/.test(question.slice(token.end, after.start))) return { shown: question.slice(token.start, after.end) };
  return {};
}

/** Prepositions the stopword list leaves as content words, which end what "how many" counts. */
const COUNT_ENDS = new Set(['near', 'across', 'along', 'around', 'inside', 'outside', 'behind', 'beside', 'toward', 'towards', 'via', 'despite', 'amid', 'beyond', 'among', 'nearby', 'close']);

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
  // The thing counted ends before a preposition: in "how many tanks near border", written without
  // its verb, "near" (a word every article about a border holds) had counted as mentioned.
  const counted = countedWords(question);
  const beforePreposition = counted.findIndex((token) => COUNT_ENDS.has(token.term));
  const words = counted.slice(0, beforePreposition < 0 ? undefined : beforePreposition).filter((token) => !isNumberTerm(token.term));
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
 * Whether a text gives the full form of an abbreviation, in any case and order: a run of words (one
 * more than its letters, or as many for two; function words and the abbreviation itself skipped)
 * whose initials hold each of its letters
 * ("artificial intelligence" for AI, "New York City Police Department" for NYPD, "New York City
 * Fire Department" for FDNY), or what {@link spellsOut} finds ("Co-operation" giving only its C).
 * Looser than spellsOut, for "what does X stand for": an answer that spells it out some way.
 */
export function givesFullForm(acronym: string, text: string): boolean {
  if (spellsOut(acronym, text)) return true;
  const letters = [...acronym.replace(/\./g, '').toLowerCase()];
  // The abbreviation itself spells nothing out ("the US delegation … told Russia" is no "United States").
  const initials = (text.match(/[\p{L}'’-]+/gu) ?? [])
    .filter((word) => !STOPWORDS.has(word.toLowerCase()) && word.replace(/\./g, '').toLowerCase() !== letters.join(''))
    .map((word) => word.charAt(0).toLowerCase());
  // Two letters are common initials: only two words side by side spell those out.
  const width = letters.length <= 2 ? letters.length : letters.length + 1;
  for (let start = 0; start + letters.length <= initials.length; start += 1) {
    const window = initials.slice(start, start + width);
    const held = letters.every((letter) => {
      const at = window.indexOf(letter);
      if (at < 0) return false;
      window.splice(at, 1);
      return true;
    });
    if (held) return true;
  }
  return false;
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
  const absent = names.flatMap((name) => {
    const held = heldBy(name);
    if (held.word !== undefined && !held.head && slipOfFunctionWord(name.written, held.word, lexicon)) return [];
    // The slips are looked for only when the terms are not there: hundreds of edits a word.
    return held.terms.some((term) => statistics.has(term)) || slipsOfName(name, held, statistics).length > 0 ? [] : [{ name, held }];
  });
  if (absent.length === 0) return [];
  const terms = absent.flatMap(({ held }) => held.terms);
  const relatedTo = lexicon.relater(terms);
  const reached = new Set<string>();
  const written = new Set<string>();
  for (const { text, stems } of candidates) {
    for (const { name, held } of absent) {
      if ((ACRONYM.test(name.written) && spellsOut(name.written, text)) || writesHeldWord(held, () => text)) written.add(name.written);
    }
    for (const word of stems) {
      for (const index of relatedTo(word)) {
        const term = terms[index] as string;
        if (!(PLACE_TERMS.has(term) && lexicon.above(term, word))) reached.add(term);
      }
    }
  }
  const unmentioned = absent.filter(({ name, held }) => !written.has(name.written) && !held.terms.some((term) => reached.has(term))).map(({ name }) => name.shown ?? name.written);
  // A capitalised month read as a name is said with its day: "it never mentions 12 January", not "January or 12 January".
  return unmentioned.filter((name) => !(MONTH.test(name) && unmentioned.some((other) => other !== name && findWords(other, name))));
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
  const slips = names.map((name, index) => slipsOfName(name, held[index] as HeldBy, statistics));
  // Related words are looked up only for a name some document lacks, and then once.
  const relatedWords: Array<Set<string> | undefined> = [];
  const related = (index: number): Set<string> =>
    (relatedWords[index] ??= new Set((held[index] as HeldBy).terms.flatMap((term) => relatedInCorpus(term, lexicon, statistics))));
  return [...new Set(docIds)].filter((docId) => {
    const absent = held.flatMap(({ terms }, index) => (documents.holdsAny(docId, terms) || documents.holdsAny(docId, slips[index] as string[]) ? [] : [index]));
    let text: string | undefined;
    return absent.some((index) => {
      const { written } = names[index] as AskedName;
      // An acronym the document spells out is mentioned ("Paris Saint-Germain" for "PSG"), and so
      // is a word it writes inside a hyphenated one ("Thomas" of "Thomas-Hill").
      if (ACRONYM.test(written) && spellsOut(written, (text ??= documents.text(docId)))) return false;
      if (writesHeldWord(held[index] as HeldBy, () => (text ??= documents.text(docId)))) return false;
      return !documents.readsAny(docId, related(index));
    });
  });
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
