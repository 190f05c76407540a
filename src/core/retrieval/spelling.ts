import type { TermStatistics } from '../answer/term-statistics.js';
import { capitalsMarkNames } from '../text/ordinary-case.js';
import { likelySlip } from '../text/keyboard.js';
import { QUESTION_WORDS } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isContentTerm, normalizeTerm, stem } from '../text/terms.js';
import { latinSpelling } from '../text/transliterate.js';
import type { WrittenWords } from './surface-words.js';

/** Shorter words have too many neighbours one letter away to guess which was meant. */
const MIN_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Contractions chat writes without their apostrophe, with it. Only the forms that are not words
 * of their own ("cant", "wont", "its", "well", "were", "hell" are, and the vocabulary knows them).
 */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  (
    "isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't couldn't wouldn't shouldn't mustn't needn't ain't i'm " +
    "i've i'd you're you've you'll you'd we're we've we'd they're they've they'll they'd he's he'd she'd she'll it'll " +
    // A question word and its verb ("whod they meet", "howd she put it"); not "who're", which is a word without it.
    "who'd what'd where'd when'd why'd how'd what're where're how're who've what've who'll what'll where'll how'll"
  )
    .split(' ')
    .map((contraction) => [contraction.replace("'", ''), contraction]),
);

/**
 * The word with the apostrophe chat left out put back, or undefined: a contraction ("dont",
 * "theyre") or a possessive or "is" after a word the corpus or the model knows ("whats",
 * "russias", "whos"). Without it the slip mender would take "whats" for "what" and show the
 * question as "what the osce".
 */
export function restoredApostrophe(
  word: string,
  statistics: TermStatistics,
  vocabulary: ReadonlyMap<string, number>,
): string | undefined {
  const contraction = CONTRACTIONS.get(word);
  if (contraction) return contraction;
  if (word.length < 4 || !word.endsWith('s')) return undefined;
  const base = word.slice(0, -1);
  return vocabulary.has(base) || statistics.has(stem(base)) ? `${base}'s` : undefined;
}

/** Every string one deletion, transposition, substitution or insertion away from `word` (a–z). */
export function oneEditAway(word: string): string[] {
  const edits: string[] = [];
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    if (tail.length > 0) edits.push(head + tail.slice(1));
    if (tail.length > 1) edits.push(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail.length > 0 && letter !== tail[0]) edits.push(head + letter + tail.slice(1));
      edits.push(head + letter + tail);
    }
  }
  return edits;
}

/**
 * The word a typing slip most likely stands for, or undefined: of the words one edit away that
 * the corpus uses (by stem) or the embedding model knows, the one in the most passages, then a
 * word the model knows, then the commonest ("russain" → "russian", "meteing" → "meeting", not the
 * "meeteing" that stems alike; "ryabkow" → "ryabkov"; "ameircan" → "american").
 *
 * It is always a word: the model's, or the corpus's as its passages write it (`written`). An
 * edit that only stems like a corpus word is shown as that word: "walruses" is one edit from
 * "walrues", which stems as the corpus's "walrus" does; "walrues" had been shown as understood.
 */
export function correctedWord(
  word: string,
  statistics: TermStatistics,
  vocabulary: ReadonlyMap<string, number>,
  written: WrittenWords,
  corpusOnly = false,
): string | undefined {
  let best: { word: string; frequency: number; rank: number } | undefined;
  for (const edit of oneEditAway(word)) {
    const frequency = statistics.frequency(stem(edit));
    const rank = vocabulary.get(edit) ?? Infinity;
    if (frequency === 0 && (rank === Infinity || corpusOnly)) continue;
    const better =
      !best ||
      frequency > best.frequency ||
      (frequency === best.frequency && (rank < best.rank || (rank === best.rank && edit < best.word)));
    if (!better) continue;
    // Looked up only for a contender: most edits never are one.
    const shown = rank === Infinity ? written.surfaceOf(stem(edit)) : edit;
    if (shown !== undefined) best = { word: shown, frequency, rank };
  }
  return best?.word;
}

/**
 * The question word a short unknown word is one slip from, when it is one from exactly one of
 * them ("wich" → "which", "whta" and "waht" → "what"). Words under five letters are otherwise
 * left alone, as too many words lie one letter away; question words are few, and a slip in one
 * lost the question's type: "wich other country besides ukraine" was read as asking nothing in
 * particular. When it is one slip from two, only a likely typing slip counts (see likelySlip):
 * "wher" is "where", not "when", whose "n" is across the keyboard from "r"; "hwo" (who or how)
 * is left alone. Only where a question word is asked (see opensQuestion).
 */
export function mendedQuestionWord(word: string): string | undefined {
  if (word.length < 3 || word.length >= MIN_LENGTH || QUESTION_WORDS.has(word)) return undefined;
  const edits = new Set(oneEditAway(word));
  const near = [...QUESTION_WORDS].filter((questionWord) => edits.has(questionWord));
  if (near.length === 1) return near[0];
  // One slip from two ("wher": "where" less a letter, "when" with a key from across the
  // keyboard), the one a likely slip reaches, when only one is.
  const likely = near.filter((questionWord) => likelySlip(word, questionWord));
  return likely.length === 1 ? likely[0] : undefined;
}

const OPENERS = new Set(['ok', 'okay', 'hmm', 'hm', 'um', 'so', 'and', 'but', 'wait', 'hey', 'then']);

/**
 * Whether the word at `offset` opens the question: only openers come before it ("wich …", "ok and
 * whta …"). A question word is asked there; a short unknown word further on
 * is more likely a name ("Hok") than a slip.
 */
function opensQuestion(question: string, offset: number): boolean {
  // A clause after a comma or dash opens a question too: "no i meant the us, waht would the us do".
  const clause = question.slice(0, offset).split(/[,;:—–]\s/u).pop() ?? '';
  const before = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  return before.every((word) => OPENERS.has(word));
}

/**
 * Whether at least half of the question's words are known (always, under three words): English function words, words of the
 * corpus or of the model, or chat's contractions. A question mostly of unknown words is in another
 * language ("wie viele Truppen?") or beyond mending, and "correcting" it word by word only invents
 * words ("viele" → "viewe") that are then shown as what was understood.
 */
function mostlyKnown(question: string, statistics: TermStatistics, vocabulary: ReadonlyMap<string, number>): boolean {
  // A word with its clitic is one word ("who's", "russia's"): split, the "s" counted as a word
  // neither knows, and "who's stoltenbrg" was left unmended as mostly unknown.
  const words = (question.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).map((word) => normalizeTerm(word.replace(/['’]\p{L}+$/u, '')));
  // One or two words ("sanctons?", "russain delegaton") tell nothing about the language: mend them.
  if (words.length < 3) return true;
  const known = words.filter(
    (word) => STOPWORDS.has(word) || vocabulary.has(word) || statistics.has(stem(word)) || restoredApostrophe(word, statistics, vocabulary) !== undefined,
  ).length;
  return known * 2 >= words.length;
}

/**
 * A word in another alphabet, as the corpus spells it in Latin letters ("Рябков" → "Ryabkov",
 * "Шерман" → "Sherman"), or undefined when the corpus has no such word (by stem, or one slip
 * away from the transliteration: "Зеленский" is "Zelenskiy", a corpus may write "Zelenskyy").
 * A corpus in that alphabet never gets here: its own words are known as they are written.
 */
function inCorpusSpelling(
  raw: string,
  statistics: TermStatistics,
  vocabulary: ReadonlyMap<string, number>,
  written: WrittenWords,
): string | undefined {
  const spelled = latinSpelling(raw);
  if (spelled === undefined) return undefined;
  const word = normalizeTerm(spelled);
  if (!/^[a-z]+$/.test(word)) return undefined;
  // A spelling that only stems like the corpus's word is shown as the corpus writes it.
  const inCorpus = statistics.has(stem(word))
    ? vocabulary.has(word) ? word : written.surfaceOf(stem(word))
    : word.length >= MIN_LENGTH
      ? correctedWord(word, statistics, vocabulary, written, true)
      : undefined;
  if (inCorpus === undefined) return undefined;
  return /^\p{Lu}/u.test(raw) ? `${inCorpus.charAt(0).toUpperCase()}${inCorpus.slice(1)}` : inCorpus;
}

/** Whether the letters at `offset` are joined by a hyphen to letters before or after them. */
function inHyphenatedWord(text: string, offset: number, length: number): boolean {
  const letter = (character: string | undefined): boolean => character !== undefined && /\p{L}/u.test(character);
  const before = text[offset - 1] === '-' && letter(text[offset - 2]);
  const after = text[offset + length] === '-' && letter(text[offset + length + 1]);
  return before || after;
}

/**
 * Mends typing slips in a question written mostly in known words. A word is taken for a slip only when neither the corpus nor
 * the word-vector model (`vocabulary`) knows it: a real word the article does not use ("salary")
 * is left alone, since it tells that the article may not answer. Left in, a slip is a word no
 * passage holds, which weighs the most of any, and one the model cannot see.
 *
 * A capitalised word inside a question written in lower and upper case is a name: "did Blinken
 * attend" means a person the model does not know, not "blinked". It is mended only to a word the
 * corpus uses ("Ryabkow" → "Ryabkov"), and keeps its capital. `startsWithName`: the question's
 * first word stood inside the message it came from ("is Blinken mentioned?" asked as "Blinken").
 * `written` gives a corpus stem as the passages write it, so that only words are shown.
 *
 * A real word beyond the model's 50,000 (`isWord`: the lexicon knows its stem, which holds only
 * WordNet lemmas the model knows, so this keeps their inflections) is mended only to a word the
 * corpus uses, as a name is: "so russia's not budging" had become "not judging". Rarer words
 * ("fealty", "macron") are not in the lexicon and are still mended. Mended to the corpus's word it
 * still is ("troups" → "troops"): a slip that happens to spell a real word is only worth mending
 * into a word a passage holds.
 */
export function correctSpelling(
  question: string,
  statistics: TermStatistics,
  vocabulary: ReadonlyMap<string, number>,
  written: WrittenWords,
  options: { startsWithName?: boolean; isWord?: (word: string) => boolean } = {},
): string {
  if (!mostlyKnown(question, statistics, vocabulary)) return question;
  const firstLetter = options.startsWithName ? -1 : question.search(/\p{L}/u);
  const mixedCase = capitalsMarkNames(question);
  return question.replace(/\p{L}+/gu, (raw: string, offset: number) => {
    // One part of a hyphenated word ("Wessel" of "Wessel-Datteln") is not a word of its own: mended
    // alone, it became "Wessex-Datteln", a name the corpus does not hold.
    if (inHyphenatedWord(question, offset, raw.length)) return raw;
    // The verb of a contraction with "n't" ("weren't", "couldn't") is no word of its own: mended
    // alone, "weren" became "were", and "why weren't the demands accepted" was shown as "why were't …".
    if (/^['’]t\b/i.test(question.slice(offset + raw.length))) return raw;
    const word = normalizeTerm(raw);
    if (!/^[a-z]+$/.test(word)) return statistics.has(stem(word)) ? raw : (inCorpusSpelling(raw, statistics, vocabulary, written) ?? raw);
    if (vocabulary.has(word)) return raw;
    const inCorpus = statistics.has(stem(word));
    // A word the corpus knows only by its stem, that no passage writes and the model cannot see,
    // may be a possessive chat wrote without its apostrophe: "russias" stems as "russia" does,
    // and left as typed, "what are russias demands" heard "doesn't say" (0.08 against 0.17).
    if (inCorpus && written.writes(word)) return raw;
    // "countrys" is the plural "countries" misspelt, not the possessive "country's".
    const plural = /[^aeiou]ys$/.test(word) ? `${word.slice(0, -2)}ies` : undefined;
    if (plural !== undefined && vocabulary.has(plural)) return raw.length === word.length ? raw.slice(0, -2) + (/\p{Lu}$/u.test(raw) ? 'IES' : 'ies') : plural;
    const restored = restoredApostrophe(word, statistics, vocabulary);
    // The apostrophe goes where it belongs in the word as written, so its case stays.
    if (restored && raw.length === word.length) {
      const at = restored.indexOf("'");
      return `${raw.slice(0, at)}'${raw.slice(at)}`;
    }
    const questionWord = inCorpus || STOPWORDS.has(word) || !opensQuestion(question, offset) ? undefined : mendedQuestionWord(word);
    if (questionWord) return /^\p{Lu}/u.test(raw) ? `${questionWord.charAt(0).toUpperCase()}${questionWord.slice(1)}` : questionWord;
    if (inCorpus || word.length < MIN_LENGTH || !isContentTerm(word)) return raw;
    const name = mixedCase && offset !== firstLetter && /^\p{Lu}/u.test(raw);
    const corrected = correctedWord(word, statistics, vocabulary, written, name || options.isWord?.(word) === true);
    if (corrected === undefined) return (name ? undefined : joinedWords(raw, statistics, vocabulary)) ?? raw;
    return name ? `${corrected.charAt(0).toUpperCase()}${corrected.slice(1)}` : corrected;
  });
}

/**
 * Two words a phone joined, apart again: "troopsdoes" → "troops does", "natoguy" → "nato guy",
 * "jamesLanddale" → "james Landdale". A word in lower case is split only where both sides are
 * known words of three letters or more, one of them the corpus's, and at one place only; a word
 * whose second part opens with a capital, at that capital. Undefined when it is no such pair.
 */
export function joinedWords(raw: string, statistics: TermStatistics, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const known = (part: string): boolean => STOPWORDS.has(part) || vocabulary.has(part) || statistics.has(stem(part));
  const camel = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u.exec(raw);
  if (camel) {
    const [, first = '', second = ''] = camel;
    return known(first) && known(second.toLowerCase()) ? `${first} ${second}` : undefined;
  }
  if (!/^[a-z]{6,}$/.test(raw)) return undefined;
  const splits: string[] = [];
  for (let at = 3; at <= raw.length - 3; at += 1) {
    const first = raw.slice(0, at);
    const second = raw.slice(at);
    if (known(first) && known(second) && (statistics.has(stem(first)) || statistics.has(stem(second)))) splits.push(`${first} ${second}`);
  }
  return splits.length === 1 ? splits[0] : undefined;
}
