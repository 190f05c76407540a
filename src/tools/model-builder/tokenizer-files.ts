import { toJsonText, type JsonValue } from './json-text.js';
import { SPECIAL_TOKENS } from './vocabulary.js';

/**
 * The longest input, in tokens, the tokenizer passes on; longer texts are truncated. The model itself has no
 * positional limit (it is a bag of words), but transformers.js requires a finite value to pad and truncate.
 */
export const MODEL_MAX_LENGTH = 512;

/**
 * `tokenizer.json` in the Hugging Face tokenizers format: BertNormalizer (lowercase, strip accents),
 * BertPreTokenizer and a WordPiece model over `[PAD] [UNK] [CLS] [SEP] [MASK]` followed by `words`.
 *
 * There is no "##" continuation vocabulary, so every word outside `words` becomes one `[UNK]`. There is no
 * post-processor either: [CLS]/[SEP] would only add zero rows, and transformers.js would then also emit
 * `token_type_ids`, which the graph does not take (it warns on every call about the extra input).
 */
export function createTokenizerJson(words: readonly string[]): string {
  const vocabulary = new Map<string, JsonValue>();
  for (const token of [...SPECIAL_TOKENS, ...words]) {
    if (vocabulary.has(token)) {
      throw new Error(`Duplicate vocabulary token ${JSON.stringify(token)}`);
    }
    vocabulary.set(token, vocabulary.size);
  }
  const addedTokens = SPECIAL_TOKENS.map((content, id) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  }));
  return toJsonText({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: addedTokens,
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: vocabulary,
    },
  });
}

/** `tokenizer_config.json`; transformers.js fails with "Invalid array length" without `model_max_length`. */
export function createTokenizerConfigJson(): string {
  return toJsonText({
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    model_max_length: MODEL_MAX_LENGTH,
    clean_up_tokenization_spaces: true,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  });
}
