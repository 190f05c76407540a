import { foldedWord, PLAIN_WORD } from './bert-words.js';
import type { TokenizerShape } from './tokenizer-shape.js';

/** Whether some key passes the test, without copying 50,000 keys into an array first. */
function someKey(map: ReadonlyMap<string, unknown>, test: (key: string) => boolean): boolean {
  for (const key of map.keys()) if (test(key)) return true;
  return false;
}

/**
 * The word-cached tokenizer's shortcut past the library: a plain word's id read from the
 * vocabulary, when that gives the library's ids (see the constructor), else undefined.
 */
export class PlainWordLookup {
  /** The vocabulary plain lowercased words are read from directly, when that gives the library's ids. */
  private readonly plainWords: ReadonlyMap<string, number> | undefined;
  /** Special tokens' text: the library matches them before normalising, so they skip the lookup. */
  private readonly specialWords: ReadonlySet<string>;
  /** WordPiece's longest word; a longer one is [UNK], which the library says. */
  private readonly plainLength: number;
  /** [UNK]'s id when a plain word outside the vocabulary can only be [UNK] (see the constructor). */
  private readonly plainUnknown: number | undefined;
  /** Whether the normaliser lowercases and strips accents, so "Genève" is looked up as "geneve". */
  private readonly foldsAccents: boolean;
  /** Whether it deletes control and format characters before anything else. */
  private readonly cleansText: boolean;

  constructor(shape: TokenizerShape) {
    // A word of ASCII letters and digits, or a single ASCII punctuation mark, goes through BERT's
    // lowercasing normaliser and pre-tokeniser unchanged but for case, and WordPiece takes a whole
    // word found in its vocabulary as one token: its id is a lookup. With accents stripped too,
    // so does any word the normaliser leaves as one word (foldedWord). Anything else (unknown words
    // that WordPiece splits, text the normaliser changes more) still goes to the library.
    const vocabulary = shape.vocabulary;
    this.plainWords =
      shape.lowercases && shape.normalizer === 'BertNormalizer' && shape.model === 'WordPiece'
        ? vocabulary
        : undefined;
    // A special token spelt as a plain word is matched by the library before anything else.
    this.specialWords = new Set(shape.specialTokens);
    this.plainLength = shape.maxCharsPerWord;
    // WordPiece splits a word it does not hold into a first piece and "##"-prefixed pieces. A
    // vocabulary with no such pieces (a word-vector table) can only give [UNK] for it, so the
    // library need not be asked: 96 % of the words the CNN stories sent it were such names.
    const prefix = String(shape.subwordPrefix);
    const wholeWordsOnly =
      shape.model === 'WordPiece' &&
      prefix !== '' &&
      vocabulary !== undefined &&
      !someKey(vocabulary, (token) => token.startsWith(prefix));
    this.plainUnknown = this.plainWords && wholeWordsOnly ? shape.unknownId : undefined;
    this.foldsAccents = this.plainWords !== undefined && shape.stripsAccents;
    this.cleansText = shape.cleansText;
  }

  /** A plain word's id from the vocabulary, or undefined when only the library can say. */
  plainIds(word: string): readonly number[] | undefined {
    if (!this.plainWords || this.specialWords.has(word)) return undefined;
    const key = PLAIN_WORD.test(word)
      ? word.toLowerCase()
      : this.foldsAccents
        ? foldedWord(word, this.cleansText)
        : undefined;
    // Nothing is left of a piece of only deleted characters: no token at all.
    if (key === '') return [];
    if (key === undefined || key.length > this.plainLength) return undefined;
    const id = this.plainWords.get(key) ?? this.plainUnknown;
    return id === undefined ? undefined : [id];
  }

  /**
   * For a word-vector table (whole words only, none split into pieces), its words and their ids;
   * undefined for any other vocabulary.
   */
  get wholeWords(): ReadonlyMap<string, number> | undefined {
    return this.plainUnknown === undefined ? undefined : this.plainWords;
  }
}
