/**
 * Whether a question in Latin letters is written in another language than the corpus ("Wer
 * leitete die US-Delegation?" about an English article). The stemmer, the word vectors and the
 * question patterns read the corpus's language, so such a question matches nothing, and "The
 * article doesn't say" would be a false answer when the article may well say it.
 *
 * Refusing an English question is far worse than answering a foreign one badly, so two tests
 * must agree, and the second, the language identifier, is loaded only when the first passes:
 *
 * 1. The question's words look foreign ({@link looksForeign}): at least two are unknown (no
 *    function word, no word of the corpus, not among the word-vector model's {@link COMMON_WORDS}
 *    commonest), and either they are more than half, or the question has four words or more and
 *    not one English function word. Names count neither way.
 * 2. eld holds the question reliably in a language no document of the corpus is written in.
 *
 * docs/how-answers-are-found.md gives the rates measured (src/tools/measure-question-language.ts).
 */
import { detectLanguage, languageName } from './language-detector.js';
import { isShouted } from './ordinary-case.js';
import { STOPWORDS } from './stopwords.js';
import { normalizeTerm } from './terms.js';

/**
 * The word-vector model's commonest words that count as known. Its whole list (50,000) holds the
 * function words of other languages that English text quotes ("die", "la", "una"), so "Wer
 * leitete die US-Delegation?" looked half English; at 5,000 and 10,000, "what does por una
 * cabeza mean" came within a word of being refused.
 */
export const COMMON_WORDS = 20_000;

/** Whether the engine knows a word (lower case, accents folded) other than as a function word. */
export type KnowsWord = (word: string) => boolean;

/** What a question's language is judged against: one index's words and documents. */
export interface LanguageSource {
  knows: KnowsWord;
  /**
   * Whether an unknown word is a typing slip of a known one, and so no sign of another language.
   * Costlier than `knows`, so asked only of a question whose words look foreign without it.
   */
  isSlip?: KnowsWord;
  /** The corpus's languages (see language-detector.ts), told once per index; undefined when they cannot be told. */
  languages: () => Promise<ReadonlySet<string> | undefined>;
}

/** A question's words as the rule counts them. */
export interface WordCount {
  counted: number;
  /** English function words ("what", "the", "did"): an English question of four words nearly always has one. */
  functionWords: number;
  /** Neither function words nor known to the engine. */
  unknown: number;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Counts a question's words. Left out: names (a capital inside a question not written in
 * capitals: "Friedrich Wilhelm Schadow", "Millingen aan de Rijn" are no sign of a language),
 * words of one letter ("a", "y", "o" are too short to tell anything), and pieces of two letters
 * or fewer beside an apostrophe ("'ll", French "l'" and "qu'").
 */
export function countWords(question: string, knows: KnowsWord): WordCount {
  const words = [...question.matchAll(WORD)];
  const shouted = isShouted(question);
  const count: WordCount = { counted: 0, functionWords: 0, unknown: 0 };
  for (const match of words) {
    const raw = match[0];
    if (raw.length < 2) continue;
    if (!shouted && /^\p{Lu}/u.test(raw) && !startsSentence(question.slice(0, match.index))) continue;
    const whole = normalizeTerm(raw);
    const known = (word: string): boolean => STOPWORDS.has(word) || knows(word);
    // "what's", "don't" and "russia's" are known as they stand; "l'otan" is read as "otan".
    const pieces = known(whole) || !/['’]/.test(raw) ? [whole] : raw.split(/['’]/).filter((piece) => piece.length > 2).map(normalizeTerm);
    for (const piece of pieces) {
      count.counted += 1;
      if (STOPWORDS.has(piece)) count.functionWords += 1;
      else if (!knows(piece)) count.unknown += 1;
    }
  }
  return count;
}

/**
 * Whether a question's words look foreign enough to ask the identifier: at least two unknown
 * (one name or slip is not a language), and more than half of them, or four words or more with
 * no English function word ("Wie viele Soldaten hat Russland an der Grenze zur Ukraine
 * zusammengezogen?" knows "der", "an" and "hat" from English text, but has no "the" or "what").
 */
export function looksForeign({ counted, functionWords, unknown }: WordCount): boolean {
  if (unknown < 2) return false;
  return unknown * 2 > counted || (counted >= 4 && functionWords === 0);
}

/**
 * The corpus's languages to ask in, when a question is in another; undefined when it is read. The
 * identifier is loaded, and the corpus's languages told, only for a question that looks foreign.
 */
export async function otherLanguage(question: string, source: LanguageSource): Promise<ReadonlySet<string> | undefined> {
  if (!looksForeign(countWords(question, source.knows))) return undefined;
  const { knows, isSlip } = source;
  if (isSlip && !looksForeign(countWords(question, (word) => knows(word) || isSlip(word)))) return undefined;
  const languages = await source.languages();
  if (languages === undefined) return undefined;
  const asked = await detectLanguage(question);
  if (!asked.reliable || asked.language === undefined || languages.has(asked.language)) return undefined;
  return languages;
}

const EITHER = new Intl.ListFormat('en', { type: 'disjunction' });

/** The reply to a question in another language: "Please ask in English: …". */
export function askInLanguages(languages: ReadonlySet<string>): string {
  const names = EITHER.format([...languages].map(languageName).sort());
  return `Please ask in ${names}: I can only read questions in the language the article is written in.`;
}

/** Whether a word after this text starts a sentence (so its capital says nothing of a name). */
function startsSentence(before: string): boolean {
  return /(?:^|[.?!:;])[\s"'“‘(¿¡«-]*$/u.test(before);
}
