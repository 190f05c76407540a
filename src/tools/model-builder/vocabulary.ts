/**
 * Chooses which source words become tokenizer vocabulary entries.
 *
 * The runtime tokenizer is BERT-style (lowercase, strip accents, split on whitespace and punctuation), so a
 * source word is only worth a row if that pipeline can emit it as one whole token: a purely alphanumeric
 * word, or a single punctuation character. Entries such as "u.s." or "well-known" can never be produced.
 */

/** Special tokens in id order; they get all-zero rows so they never contribute to a sentence embedding. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** A chosen vocabulary word with its frequency rank in the source (1 = most frequent). */
export interface VocabularyEntry {
  readonly token: string;
  readonly rank: number;
}

// The punctuation class of the BERT pre-tokenizer: Unicode P plus every non-alphanumeric printable ASCII.
const SINGLE_PUNCTUATION = /^[\p{P}\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E]$/u;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;
// Ideographs the BERT normalizer surrounds with spaces, so they only survive as one-character tokens.
const CJK_IDEOGRAPH =
  /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2CEAF}\u{2F800}-\u{2FA1F}]/u;

/** Lowercases and strips combining accents exactly as the runtime BertNormalizer does. */
export function normaliseLikeBert(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '');
}

/** Whether the BERT normalizer and pre-tokenizer can produce `word` as a single token. */
export function isSingleBertToken(word: string): boolean {
  if (word.length === 0 || normaliseLikeBert(word) !== word) {
    return false;
  }
  if (SINGLE_PUNCTUATION.test(word)) {
    return true;
  }
  return LETTERS_AND_DIGITS.test(word) && ([...word].length === 1 || !CJK_IDEOGRAPH.test(word));
}

/**
 * The first `size` producible words of `words` (most frequent first), keeping their source ranks.
 *
 * @param words Source words in frequency order.
 * @param size Maximum number of entries to keep (special tokens not included).
 */
export function selectVocabulary(words: readonly string[], size: number): VocabularyEntry[] {
  if (!Number.isInteger(size) || size <= 0) {
    throw new Error(`Vocabulary size must be a positive integer, got ${size}`);
  }
  const chosen: VocabularyEntry[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < words.length && chosen.length < size; index += 1) {
    const word = words[index];
    if (word === undefined || seen.has(word) || !isSingleBertToken(word)) {
      continue;
    }
    seen.add(word);
    chosen.push({ token: word, rank: index + 1 });
  }
  return chosen;
}
