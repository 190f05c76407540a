/**
 * Which alphabet a text is written in, as far as the engine cares: the word-vector model, the
 * stemmer and the question patterns read English, so a question in Cyrillic, Chinese or Arabic
 * script about an article in Latin script cannot match anything, and "The article doesn't say"
 * would be a false answer to it.
 */

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** Letters read to judge a corpus: enough to tell its script, few enough to cost nothing. */
const SAMPLE_CHARS = 20_000;

/** The share of a text's letters that are Latin (1 when it has no letters at all). */
export function latinShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  return (text.match(LATIN_LETTER)?.length ?? 0) / letters;
}

/** One code point tested for being a letter, or of the Latin script (not only letters: Ⅻ is Latin). */
const IS_LETTER = /^\p{L}$/u;
const IS_LATIN = /^\p{Script=Latin}$/u;

/**
 * The share of Latin letters in the start of each text, taken together: at least 1,000
 * characters of each, so with many documents far more than SAMPLE_CHARS. Counted character by
 * character, as `latinShare` of the starts joined would count them, without building that text
 * and an array of every letter in it: at 8,229 documents (100,008 passages) those took 1.4 s and
 * ≈ 160 MB at the first question, the peak of a whole serving run.
 */
export function corpusLatinShare(texts: readonly string[]): number {
  const perText = Math.max(1_000, Math.floor(SAMPLE_CHARS / Math.max(1, texts.length)));
  let letters = 0;
  let latin = 0;
  for (const text of texts) {
    const start = text.slice(0, perText);
    for (let index = 0; index < start.length; index += 1) {
      const code = start.charCodeAt(index);
      if (code < 0x80) {
        // ASCII letters are Latin letters; no other ASCII character is either.
        const lower = code | 0x20;
        if (lower >= 0x61 && lower <= 0x7a) {
          letters += 1;
          latin += 1;
        }
        continue;
      }
      const point = start.codePointAt(index) as number;
      if (point > 0xffff) index += 1;
      const character = String.fromCodePoint(point);
      if (IS_LETTER.test(character)) letters += 1;
      if (IS_LATIN.test(character)) latin += 1;
    }
  }
  return letters === 0 ? 1 : latin / letters;
}

/**
 * The share of a text's words written mostly in Latin letters (1 when it has none). Words, not
 * letters: a long name in another alphabet ("who is Столтенберг") outweighs a short English
 * question by its letters, not by its words.
 */
export function latinWordShare(text: string): number {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 1;
  return words.filter((word) => latinShare(word) >= 0.5).length / words.length;
}

/**
 * Whether a question is written in another script than the corpus it asks about: mostly words in
 * non-Latin letters against a corpus that is nearly all Latin. A name in another script inside
 * an English question ("who is Рябков") leaves most words Latin (the slip mender then spells it
 * as the corpus does), and a corpus in Cyrillic accepts Cyrillic questions.
 */
export function inOtherScript(question: string, corpusShare: number): boolean {
  return corpusShare >= 0.9 && latinWordShare(question) < 0.5;
}

/**
 * Whether a question, as the engine will read it (names in another alphabet already spelled as
 * the corpus spells them), is still mostly letters of another script: a long name the corpus has
 * in no spelling ("who is Στόλτενμπεργκ", its Greek "μπ" and "γκ" not the corpus's "b" and "g")
 * leaves nothing to match, and "The article doesn't say" would be false.
 */
export function unreadableLetters(question: string, corpusShare: number): boolean {
  return corpusShare >= 0.9 && latinShare(question) < 0.5;
}
