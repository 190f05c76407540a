import { piecePattern } from './bert-words.js';
import { PlainWordLookup } from './plain-word-lookup.js';
import { shapeOfLibraryTokenizer, type LibraryTokenizer, type TokenizerShape } from './tokenizer-shape.js';

export type { LibraryTokenizer } from './tokenizer-shape.js';

/** Encodes one word as the library does (a loaded transformers.js tokenizer's `encode`). */
export type WordEncoder = (word: string) => number[];

/**
 * A padded batch, `[texts, longest]` row by row: what the library's
 * `tokenizer(texts, { padding: true, truncation: true })` returns, as plain arrays, so that either
 * runtime's tensor class can wrap them.
 */
export interface TokenizedIds {
  readonly inputIds: BigInt64Array;
  readonly attentionMask: BigInt64Array;
  readonly dims: [number, number];
}

/** Distinct words remembered; a corpus's vocabulary rarely passes it, and a full cache starts over. */
const MAX_CACHED_WORDS = 100_000;

/** Normalisers and pre-tokenisers that act on each whitespace-separated word alone. */
const WORD_LOCAL_NORMALIZERS = new Set(['BertNormalizer', 'Lowercase', 'StripAccents']);
const WORD_LOCAL_PRE_TOKENIZERS = new Set(['BertPreTokenizer', 'WhitespaceSplit', 'Whitespace']);

/**
 * Tokenises as the library does, one word at a time, remembering each word's ids.
 *
 * transformers.js normalises and splits every text character by character in JavaScript: for the
 * bundled word-vector model that was 97 % of the time spent embedding a corpus. For tokenisers
 * whose every step sees one whitespace-separated word at a time (BERT's normaliser and
 * pre-tokeniser, WordPiece, no special tokens added around the text), a text's ids are its words'
 * ids in order, so each distinct word goes through the library once. Other tokenisers (subword
 * models with [CLS]/[SEP] templates, SentencePiece's treatment of spaces) are not accepted:
 * {@link WordCachedTokenizer.accepts} says no and the library is called as before. A test holds
 * this path to the library's output on real and awkward text.
 */
export class WordCachedTokenizer {
  private readonly words = new Map<string, readonly number[]>();
  /** What one piece is: a run between separators, or, for BERT, also a punctuation mark or a special token. */
  private readonly pieces: RegExp;
  /** Plain words' ids read from the vocabulary, past the library. */
  private readonly lookup: PlainWordLookup;

  private constructor(
    private readonly shape: TokenizerShape,
    /** The library's encoding of one word; attached later when the tokenizer was read from files. */
    private library: WordEncoder | undefined,
  ) {
    this.pieces = piecePattern(shape);
    this.lookup = new PlainWordLookup(shape);
  }

  /**
   * A word's ids from the vocabulary for a plain word it holds, or else from the library;
   * undefined when the library is needed and not attached.
   */
  private encodeWord(word: string): readonly number[] | undefined {
    return this.lookup.plainIds(word) ?? this.library?.(word);
  }

  /** Whether splitting on whitespace first gives the same ids as the library's own call. */
  static accepts(tokenizer: LibraryTokenizer): boolean {
    return WordCachedTokenizer.acceptsShape(shapeOfLibraryTokenizer(tokenizer));
  }

  /** {@link accepts}, for a tokenizer's shape. */
  static acceptsShape(shape: TokenizerShape): boolean {
    return (
      !shape.addsTokensAround &&
      !shape.joinsWords &&
      shape.paddingSide === 'right' &&
      (shape.normalizer === undefined || WORD_LOCAL_NORMALIZERS.has(shape.normalizer)) &&
      shape.preTokenizer !== undefined &&
      WORD_LOCAL_PRE_TOKENIZERS.has(shape.preTokenizer) &&
      shape.specialTokens.every((token) => !/\s/u.test(token)) &&
      !shape.specialTokensTakeSpaces
    );
  }

  /**
   * For a word-vector table (whole words only, none split into pieces), its words and their ids;
   * undefined for any other vocabulary.
   */
  get wholeWords(): ReadonlyMap<string, number> | undefined {
    return this.lookup.wholeWords;
  }

  /** A word-cached tokenizer for a loaded library tokenizer when {@link accepts} holds, otherwise undefined. */
  static for(tokenizer: LibraryTokenizer): WordCachedTokenizer | undefined {
    return WordCachedTokenizer.accepts(tokenizer)
      ? new WordCachedTokenizer(shapeOfLibraryTokenizer(tokenizer), (word) =>
          tokenizer.encode(word, null, { add_special_tokens: false }),
        )
      : undefined;
  }

  /**
   * A word-cached tokenizer for a shape read from the model's files, with no library yet: plain
   * words are looked up, and {@link tryBatch} says (undefined) when some other word needs
   * {@link attachLibrary} first. Undefined when {@link acceptsShape} does not hold.
   */
  static forShape(shape: TokenizerShape): WordCachedTokenizer | undefined {
    return WordCachedTokenizer.acceptsShape(shape) ? new WordCachedTokenizer(shape, undefined) : undefined;
  }

  /** Gives the tokenizer the library's encoding, for the words a lookup cannot settle. */
  attachLibrary(library: WordEncoder): void {
    this.library = library;
  }

  /** One text's ids, truncated to the model's maximum length. Throws when the library is needed and not attached. */
  ids(text: string): number[] {
    const ids = this.tryIds(text);
    if (!ids) throw new Error(`the tokenizer library is needed for "${text}" and not attached`);
    return ids;
  }

  /** {@link ids}, or undefined when a word needs the library and none is attached. */
  private tryIds(text: string): number[] | undefined {
    const limit = this.shape.maxLength;
    const ids: number[] = [];
    for (const [word] of text.matchAll(this.pieces)) {
      let wordIds = this.words.get(word);
      if (wordIds === undefined) {
        wordIds = this.encodeWord(word);
        if (wordIds === undefined) return undefined;
        if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
        this.words.set(word, wordIds);
      }
      for (const id of wordIds) {
        if (ids.length >= limit) return ids;
        ids.push(id);
      }
    }
    return ids;
  }

  /** Tokenises a batch, padded on the right to its longest text: what `tokenizer(texts, { padding: true, truncation: true })` returns. */
  batch(texts: readonly string[]): TokenizedIds {
    const batch = this.tryBatch(texts);
    if (!batch) throw new Error('the tokenizer library is needed for this batch and not attached');
    return batch;
  }

  /**
   * {@link batch}, or undefined when some word needs the library and none is attached (then
   * {@link attachLibrary} and call again: the words settled meanwhile are remembered).
   */
  tryBatch(texts: readonly string[]): TokenizedIds | undefined {
    const encoded: number[][] = [];
    for (const text of texts) {
      const ids = this.tryIds(text);
      if (!ids) return undefined;
      encoded.push(ids);
    }
    const longest = encoded.reduce((most, ids) => Math.max(most, ids.length), 0);
    const inputIds = new BigInt64Array(texts.length * longest).fill(BigInt(this.shape.padId));
    const attentionMask = new BigInt64Array(texts.length * longest);
    encoded.forEach((ids, row) => {
      const offset = row * longest;
      for (let column = 0; column < ids.length; column += 1) {
        inputIds[offset + column] = BigInt(ids[column] as number);
        attentionMask[offset + column] = 1n;
      }
    });
    return { inputIds, attentionMask, dims: [texts.length, longest] };
  }
}
