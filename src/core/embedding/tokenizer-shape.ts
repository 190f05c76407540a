/**
 * What the word-cached tokenizer needs to know about a tokenizer, read either from a loaded
 * transformers.js tokenizer or straight from the model's `tokenizer.json` and
 * `tokenizer_config.json`. Reading the files lets the bundled word-vector model tokenise plain
 * words without importing transformers.js at all (see word-vector-embedder.ts); a test holds the
 * two readings of the bundled model equal.
 */
export interface TokenizerShape {
  /** The normaliser's kind, e.g. `BertNormalizer`, when there is one. */
  readonly normalizer: string | undefined;
  /** Whether the normaliser lowercases (BERT's `lowercase` option). */
  readonly lowercases: boolean;
  /** Whether it strips accents (BERT's `strip_accents`, on by default when it lowercases). */
  readonly stripsAccents: boolean;
  /** Whether it deletes control and format characters (BERT's `clean_text`). */
  readonly cleansText: boolean;
  /** The pre-tokeniser's kind, e.g. `BertPreTokenizer`. */
  readonly preTokenizer: string | undefined;
  /** Whether a post-processor adds tokens around the text ([CLS] … [SEP]). */
  readonly addsTokensAround: boolean;
  /** SentencePiece-style space handling and XLM's lowercase-and-strip: both see more than one word. */
  readonly joinsWords: boolean;
  readonly paddingSide: string;
  /** The text of every special (added) token. */
  readonly specialTokens: readonly string[];
  /** Whether a special token takes the spaces before or after it (`lstrip`, `rstrip`). */
  readonly specialTokensTakeSpaces: boolean;
  /** Longest sequence, in tokens; longer texts are truncated. */
  readonly maxLength: number;
  readonly padId: number;
  /** The model's kind, `WordPiece` for BERT-style vocabularies. */
  readonly model: string | undefined;
  /** WordPiece's vocabulary, when the model is WordPiece. */
  readonly vocabulary: ReadonlyMap<string, number> | undefined;
  /** WordPiece's longest word; a longer one is [UNK]. */
  readonly maxCharsPerWord: number;
  readonly unknownId: number | undefined;
  /** WordPiece's prefix for pieces inside a word ("##"). */
  readonly subwordPrefix: string | undefined;
}

/** The parts of a transformers.js tokenizer the shape is read from. */
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
  readonly added_tokens?: ReadonlyArray<{ content: string; lstrip?: boolean; rstrip?: boolean }>;
  /** WordPiece's vocabulary and word-length limit, when the model is WordPiece. */
  readonly model?: {
    readonly tokens_to_ids?: ReadonlyMap<string, number>;
    readonly max_input_chars_per_word?: number;
    readonly unk_token_id?: number;
    readonly config?: { readonly continuing_subword_prefix?: string };
  };
}

// transformers.js names its classes after the `type` fields of tokenizer.json, but for the model:
// a `WordPiece` model is a `WordPieceTokenizer` object.
const LIBRARY_MODEL_NAMES: Readonly<Record<string, string>> = { WordPieceTokenizer: 'WordPiece' };

/** BERT's normaliser options that decide case and accents. */
interface NormalizerOptions {
  lowercase?: boolean;
  strip_accents?: boolean | null;
  clean_text?: boolean;
}

/** As transformers.js decides: lowercasing strips accents unless `strip_accents` is false. */
function caseAndAccents(options: NormalizerOptions | null | undefined): {
  lowercases: boolean;
  stripsAccents: boolean;
  cleansText: boolean;
} {
  const lowercases = options?.lowercase === true;
  return {
    lowercases,
    stripsAccents: lowercases ? options?.strip_accents !== false : options?.strip_accents === true,
    cleansText: options?.clean_text === true,
  };
}

const className = (value: unknown): string | undefined =>
  value === null || value === undefined
    ? undefined
    : (value as { constructor: { name: string } }).constructor.name;

/** The shape of a tokenizer transformers.js has loaded. */
export function shapeOfLibraryTokenizer(tokenizer: LibraryTokenizer): TokenizerShape {
  const modelClass = className(tokenizer.model);
  return {
    normalizer: className(tokenizer.normalizer),
    ...caseAndAccents((tokenizer.normalizer as { config?: NormalizerOptions } | null)?.config),
    preTokenizer: className(tokenizer.pre_tokenizer),
    addsTokensAround: tokenizer.post_processor !== null && tokenizer.post_processor !== undefined,
    joinsWords: tokenizer.remove_space === true || tokenizer.do_lowercase_and_remove_accent === true,
    paddingSide: tokenizer.padding_side ?? 'right',
    specialTokens: (tokenizer.added_tokens ?? []).map((token) => token.content),
    specialTokensTakeSpaces: (tokenizer.added_tokens ?? []).some(
      (token) => token.lstrip === true || token.rstrip === true,
    ),
    maxLength: tokenizer.model_max_length,
    padId: tokenizer.pad_token_id,
    model: modelClass === undefined ? undefined : (LIBRARY_MODEL_NAMES[modelClass] ?? modelClass),
    vocabulary: tokenizer.model?.tokens_to_ids instanceof Map ? tokenizer.model.tokens_to_ids : undefined,
    maxCharsPerWord: tokenizer.model?.max_input_chars_per_word ?? 100,
    unknownId: tokenizer.model?.unk_token_id,
    subwordPrefix: tokenizer.model?.config?.continuing_subword_prefix,
  };
}

/** The parts of `tokenizer.json` read here (the Hugging Face tokenizers format). */
export interface TokenizerFile {
  added_tokens?: Array<{ id: number; content: string; lstrip?: boolean; rstrip?: boolean }>;
  normalizer?: ({ type?: string } & NormalizerOptions) | null;
  pre_tokenizer?: { type?: string } | null;
  post_processor?: unknown;
  model?: {
    type?: string;
    vocab?: Record<string, number> | unknown[];
    unk_token?: string;
    continuing_subword_prefix?: string;
    max_input_chars_per_word?: number;
  };
}

/** The parts of `tokenizer_config.json` read here. */
export interface TokenizerConfigFile {
  model_max_length?: number;
  pad_token?: string | { content?: string };
  padding_side?: string;
}

/**
 * The shape of a WordPiece tokenizer read from its files, or undefined for any other kind (whose
 * files this does not read; the library handles them). Reads what transformers.js 2 reads, with
 * its defaults.
 */
export function shapeOfTokenizerFiles(
  file: TokenizerFile,
  config: TokenizerConfigFile,
): TokenizerShape | undefined {
  const model = file.model;
  const vocab = model?.vocab;
  if (model?.type !== 'WordPiece' || vocab === undefined || Array.isArray(vocab)) return undefined;
  const vocabulary = new Map<string, number>();
  // for…in over the parsed object is about twice as fast as Object.entries on 50,000 keys.
  for (const word in vocab) vocabulary.set(word, vocab[word] as number);
  // transformers.js adds the special tokens to the vocabulary too.
  for (const added of file.added_tokens ?? []) vocabulary.set(added.content, added.id);
  const idOf = (token: string | undefined): number | undefined =>
    token === undefined
      ? undefined
      : (file.added_tokens?.find((added) => added.content === token)?.id ?? vocabulary.get(token));
  const padToken = typeof config.pad_token === 'string' ? config.pad_token : config.pad_token?.content;
  const padId = idOf(padToken);
  if (padId === undefined || config.model_max_length === undefined) return undefined;
  return {
    normalizer: file.normalizer?.type,
    ...caseAndAccents(file.normalizer),
    preTokenizer: file.pre_tokenizer?.type,
    addsTokensAround: file.post_processor !== null && file.post_processor !== undefined,
    joinsWords: false,
    paddingSide: config.padding_side ?? 'right',
    specialTokens: (file.added_tokens ?? []).map((token) => token.content),
    specialTokensTakeSpaces: (file.added_tokens ?? []).some(
      (token) => token.lstrip === true || token.rstrip === true,
    ),
    maxLength: config.model_max_length,
    padId,
    model: 'WordPiece',
    vocabulary,
    maxCharsPerWord: model.max_input_chars_per_word ?? 100,
    unknownId: idOf(model.unk_token),
    subwordPrefix: model.continuing_subword_prefix,
  };
}
