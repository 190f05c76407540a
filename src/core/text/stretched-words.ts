/**
 * Letters chat stretches for emphasis: "whaaat did ryabkov say", "how loooong did the talks
 * last", "sooo what does russia want", "thanksss", "hiii". A stretched word is a word no one
 * knows, so it weighed the most of any in the question, and a stretched question word lost the
 * question its type: "whaaat did ryabkov say" heard "doesn't say" (0.07) and "how loooong did
 * the talks last" quoted its answer at 0.15, where as written they score 0.2 and 0.44.
 */

/** One letter three times or more in a row, captured whole and as the letter. */
const STRETCH = /((\p{L})\2{2,})/u;
/** Whether the text has one letter three times or more in a row anywhere. */
export function hasStretchedLetters(text: string): boolean {
  return /(\p{L})\1\1/u.test(text);
}

/** Roman numerals keep their runs ("Henry VIII", "Charles III"). */
const ROMAN_NUMERAL = /^[ivxlcdm]+$/;

/**
 * How well a word is known: a lower rank for a commoner word, `undefined` for no word at all.
 * The engine ranks function words first, then the word-vector model's words by frequency, then
 * the corpus's own.
 */
export type WordRank = (word: string) => number | undefined;

/**
 * The text with each stretched word brought back to the word it stretches: every run of three
 * or more of one letter taken down to one or two ("whaaat" → "what", "loooong" → "long",
 * "goood" → "good"), whichever combination is a word, the commonest when several are ("good",
 * not "god"). A word that is known as written (an acronym the corpus uses, "Raouliii" in an
 * article that writes it so), a Roman numeral, a short word in capitals ("XXX", "AAA") and a
 * word with no known form ("brrr") are left as they are.
 */
export function withStretchedWordsUndone(text: string, rank: WordRank): string {
  if (!hasStretchedLetters(text)) return text;
  return text.replace(/\p{L}+/gu, (raw) => {
    const word = raw.toLowerCase();
    if (!hasStretchedLetters(word) || ROMAN_NUMERAL.test(word) || (raw === raw.toUpperCase() && raw.length <= 5)) return raw;
    if (rank(word) !== undefined) return raw;
    const known = collapsedForms(word)
      .map((form) => ({ form, rank: rank(form) }))
      .filter((candidate): candidate is { form: string; rank: number } => candidate.rank !== undefined)
      .sort((a, b) => a.rank - b.rank)[0];
    return known === undefined ? raw : inCaseOf(raw, known.form);
  });
}

/** Every way of taking each run of three or more letters down to one or two of them. */
function collapsedForms(word: string): string[] {
  const parts = word.split(STRETCH);
  let forms = [''];
  // split with two groups gives [text, run, letter, text, run, letter, …, text].
  for (let index = 0; index < parts.length; index += 3) {
    const text = parts[index] ?? '';
    forms = forms.map((form) => form + text);
    const letter = parts[index + 2];
    if (letter !== undefined) forms = forms.flatMap((form) => [form + letter, form + letter + letter]);
    // Eight combinations at most: a word with more stretches is left as typed.
    if (forms.length > 8) return [];
  }
  return forms;
}

/** The form in the case the word was typed in: "Whaaat" → "What", "WHAAAT" → "WHAT". */
function inCaseOf(raw: string, form: string): string {
  if (raw === raw.toLowerCase()) return form;
  if (raw === raw.toUpperCase()) return form.toUpperCase();
  return /^\p{Lu}/u.test(raw) ? `${form.charAt(0).toUpperCase()}${form.slice(1)}` : form;
}

/**
 * The text with every run of three or more of one letter taken down to `length` letters, with no
 * word list to check against: for patterns that know their own words ("thanksss" and "hiii" with
 * one letter, "gooood bot" and "cooool" with two).
 */
export function withStretchesShortened(text: string, length: 1 | 2): string {
  return text.replace(/(\p{L})\1{2,}/gu, (_run, letter: string) => letter.repeat(length));
}

/** Two or more question or exclamation marks in a row, spaces between them or not: "??", "?!", "! ! !". */
const REPEATED_MARKS = /[?!](?:\s*[?!])+/g;

/**
 * The text with each run of question and exclamation marks taken down to one mark: a question
 * mark when the run holds one ("??", "?!", "!?" → "?"), else "!". Chat repeats them for emphasis,
 * as it stretches letters, and the word-vector model reads every mark as a word: "where were the
 * talks??" scored 0.099 and heard "doesn't say", where "where were the talks?" scores 0.19; the
 * article's wh-questions with "??" after them lost 4.4 points of accuracy (`eval --frames`).
 */
export function withRepeatedMarksSingled(text: string): string {
  return text.replace(REPEATED_MARKS, (run) => (run.includes('?') ? '?' : '!'));
}
