import { Tensor } from '@xenova/transformers';

/** The parts of a transformers.js tokenizer this module reads. */
export interface LibraryTokenizer {
  encode(text: string, textPair?: string | null, options?: { add_special_tokens?: boolean }): number[];
  readonly model_max_length: number;
  readonly pad_token_id: number;
  readonly padding_side?: string;
  readonly post_processor: unknown;
  readonly normalizer: unknown;
  readonly pre_tokenizer: unknown;
  readonly remove_space?: boolean;
  readonly do_lowercase_and_remove_accent?: boolean;
  readonly added_tokens?: ReadonlyArray<{ content: string }>;
  /** WordPiece's vocabulary and word-length limit, when the model is WordPiece. */
  readonly model?: {
    readonly tokens_to_ids?: ReadonlyMap<string, number>;
    readonly max_input_chars_per_word?: number;
    readonly unk_token_id?: number;
    readonly config?: { readonly continuing_subword_prefix?: string };
  };
}

/** The model inputs the pipeline's own tokenizer call would make: `[batch, longest]` int64 tensors. */
export interface TokenizedBatch {
  input_ids: Tensor;
  attention_mask: Tensor;
}

/** Distinct words remembered; a corpus's vocabulary rarely passes it, and a full cache starts over. */
const MAX_CACHED_WORDS = 100_000;

/** Normalisers and pre-tokenisers that act on each whitespace-separated word alone. */
const WORD_LOCAL_NORMALIZERS = new Set(['BertNormalizer', 'Lowercase', 'StripAccents']);
const WORD_LOCAL_PRE_TOKENIZERS = new Set(['BertPreTokenizer', 'WhitespaceSplit', 'Whitespace']);

/** The ASCII punctuation marks, each of which BERT's pre-tokeniser makes a word of its own. */
const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** Letters and digits of ASCII only: what the normaliser only lowercases. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

const className = (value: unknown): string | undefined =>
  value === null || value === undefined
    ? undefined
    : (value as { constructor: { name: string } }).constructor.name;

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
  /** What one piece is: a run between separators, or, for BERT, also a single punctuation mark. */
  private readonly pieces: RegExp;
  /** The vocabulary plain lowercased words are read from directly, when that gives the library's ids. */
  private readonly plainWords: ReadonlyMap<string, number> | undefined;
  /** Special tokens' text: the library matches them before normalising, so they skip the lookup. */
  private readonly specialWords: ReadonlySet<string>;
  /** WordPiece's longest word; a longer one is [UNK], which the library says. */
  private readonly plainLength: number;
  /** [UNK]'s id when a plain word outside the vocabulary can only be [UNK] (see the constructor). */
  private readonly plainUnknown: number | undefined;

  private constructor(private readonly tokenizer: LibraryTokenizer) {
    // Space, tab and line breaks only: every tokenizer accepted splits there too (BERT's
    // normaliser deletes form feeds and vertical tabs as control characters, joining their neighbours).
    const separators = ' \\t\\n\\r';
    // BERT's pre-tokeniser makes every punctuation mark a word of its own, so "Geneva," is
    // "Geneva" then ",": splitting there too lets "Geneva" be looked up once, whatever follows
    // it. Marks that are part of a special token ("[" of "[UNK]") stay inside their run.
    const special = new Set((tokenizer.added_tokens ?? []).flatMap((token) => [...token.content]));
    const marks =
      className(tokenizer.pre_tokenizer) === 'BertPreTokenizer'
        ? ASCII_PUNCTUATION.filter((mark) => !special.has(mark))
        : [];
    const escaped = marks.map((mark) => `\\${mark}`).join('');
    this.pieces =
      marks.length > 0
        ? new RegExp(`[^${separators}${escaped}]+|[${escaped}]`, 'g')
        : new RegExp(`[^${separators}]+`, 'g');
    // A word of ASCII letters and digits goes through BERT's lowercasing normaliser and
    // pre-tokeniser unchanged but for case, and WordPiece takes a whole word found in its
    // vocabulary as one token: its id is a lookup. Anything else (accents, unknown words that
    // WordPiece splits or calls [UNK]) still goes to the library.
    const lowercases =
      (tokenizer.normalizer as { config?: { lowercase?: boolean } } | null)?.config?.lowercase === true;
    const vocabulary = tokenizer.model?.tokens_to_ids;
    this.plainWords =
      lowercases && className(tokenizer.normalizer) === 'BertNormalizer' && vocabulary instanceof Map
        ? vocabulary
        : undefined;
    // A special token spelt as a plain word is matched by the library before anything else.
    this.specialWords = new Set((tokenizer.added_tokens ?? []).map((token) => token.content));
    this.plainLength = tokenizer.model?.max_input_chars_per_word ?? 100;
    // WordPiece splits a word it does not hold into a first piece and "##"-prefixed pieces. A
    // vocabulary with no such pieces (a word-vector table) can only give [UNK] for it, so the
    // library need not be asked: 96 % of the words the CNN stories sent it were such names.
    const prefix = String(tokenizer.model?.config?.continuing_subword_prefix);
    const wholeWordsOnly =
      className(tokenizer.model) === 'WordPieceTokenizer' &&
      prefix !== '' &&
      vocabulary instanceof Map &&
      ![...vocabulary.keys()].some((token) => token.startsWith(prefix));
    this.plainUnknown = this.plainWords && wholeWordsOnly ? tokenizer.model?.unk_token_id : undefined;
  }

  /** A word's ids from the library, or from the vocabulary for a plain ASCII word it holds. */
  private encodeWord(word: string): readonly number[] {
    if (
      this.plainWords &&
      word.length <= this.plainLength &&
      PLAIN_WORD.test(word) &&
      !this.specialWords.has(word)
    ) {
      const id = this.plainWords.get(word.toLowerCase()) ?? this.plainUnknown;
      if (id !== undefined) return [id];
    }
    return this.tokenizer.encode(word, null, { add_special_tokens: false });
  }

  /** Whether splitting on whitespace first gives the same ids as the library's own call. */
  static accepts(tokenizer: LibraryTokenizer): boolean {
    const normalizer = className(tokenizer.normalizer);
    const preTokenizer = className(tokenizer.pre_tokenizer);
    return (
      tokenizer.post_processor === null &&
      !tokenizer.remove_space &&
      !tokenizer.do_lowercase_and_remove_accent &&
      (tokenizer.padding_side ?? 'right') === 'right' &&
      (normalizer === undefined || WORD_LOCAL_NORMALIZERS.has(normalizer)) &&
      preTokenizer !== undefined &&
      WORD_LOCAL_PRE_TOKENIZERS.has(preTokenizer) &&
      (tokenizer.added_tokens ?? []).every((token) => !/\s/u.test(token.content))
    );
  }

  /**
   * For a word-vector table (whole words only, none split into pieces), its words and their ids;
   * undefined for any other vocabulary.
   */
  get wholeWords(): ReadonlyMap<string, number> | undefined {
    return this.plainUnknown === undefined ? undefined : this.plainWords;
  }

  /** A word-cached tokenizer when {@link accepts} holds, otherwise undefined. */
  static for(tokenizer: LibraryTokenizer): WordCachedTokenizer | undefined {
    return WordCachedTokenizer.accepts(tokenizer) ? new WordCachedTokenizer(tokenizer) : undefined;
  }

  /** One text's ids, truncated to the model's maximum length. */
  ids(text: string): number[] {
    const limit = this.tokenizer.model_max_length;
    const ids: number[] = [];
    for (const [word] of text.matchAll(this.pieces)) {
      let wordIds = this.words.get(word);
      if (wordIds === undefined) {
        wordIds = this.encodeWord(word);
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
  batch(texts: readonly string[]): TokenizedBatch {
    const encoded = texts.map((text) => this.ids(text));
    const longest = encoded.reduce((most, ids) => Math.max(most, ids.length), 0);
    const inputIds = new BigInt64Array(texts.length * longest).fill(BigInt(this.tokenizer.pad_token_id));
    const attentionMask = new BigInt64Array(texts.length * longest);
    encoded.forEach((ids, row) => {
      const offset = row * longest;
      for (let column = 0; column < ids.length; column += 1) {
        inputIds[offset + column] = BigInt(ids[column] as number);
        attentionMask[offset + column] = 1n;
      }
    });
    const dims = [texts.length, longest];
    return {
      input_ids: new Tensor('int64', inputIds, dims),
      attention_mask: new Tensor('int64', attentionMask, dims),
    };
  }
}
