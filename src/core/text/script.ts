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

/** The share of Latin letters in the start of each text, taken together. */
export function corpusLatinShare(texts: readonly string[]): number {
  const perText = Math.max(1_000, Math.floor(SAMPLE_CHARS / Math.max(1, texts.length)));
  return latinShare(texts.map((text) => text.slice(0, perText)).join(' '));
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
