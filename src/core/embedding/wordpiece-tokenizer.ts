/**
 * A fast WordPiece tokenizer for BERT-style `tokenizer.json` files, giving exactly the ids
 * transformers.js 2.17 gives for the configurations it accepts (BertNormalizer,
 * BertPreTokenizer, WordPiece, no post-processor). transformers.js normalises text one
 * character at a time through closures and arrays; this does the same steps with whole-string
 * regular expressions and remembers each word's ids, which makes index builds several times faster.
 */

/** The parts of `tokenizer.json` this tokenizer reads. */
interface TokenizerJson {
  normalizer?: {
    type?: string;
    clean_text?: boolean;
    handle_chinese_chars?: boolean;
    strip_accents?: boolean | null;
    lowercase?: boolean;
  } | null;
  pre_tokenizer?: { type?: string } | null;
  post_processor?: unknown;
  added_tokens?: Array<{ id: number; content: string; lstrip?: boolean; rstrip?: boolean }>;
  model?: {
    type?: string;
    unk_token?: string;
    continuing_subword_prefix?: string;
    max_input_chars_per_word?: number;
    fuse_unk?: boolean;
    vocab?: Record<string, number>;
  };
}

/** The parts of `tokenizer_config.json` this tokenizer reads. */
interface TokenizerConfig {
  model_max_length?: number;
  remove_space?: boolean;
  do_lowercase_and_remove_accent?: boolean;
  additional_special_tokens?: unknown;
}

// Control characters are dropped (tab and line breaks count as whitespace), as BertNormalizer does.
const CONTROL_CHARACTERS = /(?![\t\n\r])[\0\uFFFD\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
// transformers.js tests one UTF-16 unit at a time, so only the BMP ideograph blocks are padded.
const CJK_IDEOGRAPHS = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');
/** Words remembered with their ids; a corpus has far fewer distinct words than this. */
const WORD_CACHE_LIMIT = 200_000;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns text into WordPiece ids, truncated to the model's maximum length. */
export class WordPieceTokenizer {
  private readonly wordIds = new Map<string, readonly number[]>();

  private constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly normalizer: {
      cleanText: boolean;
      chineseCharacters: boolean;
      lowercase: boolean;
      stripAccents: boolean;
    },
    private readonly addedTokens: ReadonlyMap<string, number>,
    private readonly addedTokenPattern: RegExp | undefined,
    private readonly unknownId: number,
    private readonly subwordPrefix: string,
    private readonly maxCharactersPerWord: number,
    /** The most ids one text may have; longer texts are cut, as transformers.js does with truncation on. */
    readonly maxLength: number,
  ) {}

  /**
   * A tokenizer for these files, or undefined when they ask for anything this class does not
   * reproduce exactly (callers then fall back to transformers.js).
   */
  static fromJson(tokenizer: TokenizerJson, config: TokenizerConfig): WordPieceTokenizer | undefined {
    const { normalizer, model } = tokenizer;
    const supported =
      normalizer?.type === 'BertNormalizer' &&
      tokenizer.pre_tokenizer?.type === 'BertPreTokenizer' &&
      (tokenizer.post_processor === null || tokenizer.post_processor === undefined) &&
      model?.type === 'WordPiece' &&
      model.vocab !== undefined &&
      model.fuse_unk !== true &&
      config.remove_space !== true &&
      config.do_lowercase_and_remove_accent !== true &&
      (config.additional_special_tokens === undefined ||
        (Array.isArray(config.additional_special_tokens) && config.additional_special_tokens.length === 0)) &&
      (tokenizer.added_tokens ?? []).every((token) => !token.lstrip && !token.rstrip);
    if (!supported) return undefined;
    const vocabulary = new Map(Object.entries(model.vocab ?? {}));
    const addedTokens = new Map<string, number>();
    for (const token of tokenizer.added_tokens ?? []) {
      vocabulary.set(token.content, token.id);
      addedTokens.set(token.content, token.id);
    }
    const unknownId = vocabulary.get(model.unk_token ?? '[UNK]');
    if (unknownId === undefined) return undefined;
    const pattern =
      addedTokens.size > 0 ? new RegExp([...addedTokens.keys()].map(escapeRegExp).join('|'), 'g') : undefined;
    const lowercase = normalizer.lowercase === true;
    return new WordPieceTokenizer(
      vocabulary,
      {
        cleanText: normalizer.clean_text === true,
        chineseCharacters: normalizer.handle_chinese_chars === true,
        lowercase,
        stripAccents: lowercase ? normalizer.strip_accents !== false : normalizer.strip_accents === true,
      },
      addedTokens,
      pattern,
      unknownId,
      model.continuing_subword_prefix ?? '##',
      model.max_input_chars_per_word ?? 100,
      config.model_max_length ?? Number.MAX_SAFE_INTEGER,
    );
  }

  /** The ids of one text (no special tokens are added: the supported files have no post-processor). */
  encode(text: string): number[] {
    const ids: number[] = [];
    for (const section of this.sections(text)) {
      const added = this.addedTokens.get(section);
      if (added !== undefined) {
        ids.push(added);
        continue;
      }
      // `match` with a global pattern returns plain strings: far cheaper than `matchAll`'s match objects.
      for (const token of this.normalize(section).trim().match(PRE_TOKEN) ?? []) {
        const wordIds = this.word(token);
        for (let index = 0; index < wordIds.length; index += 1) ids.push(wordIds[index] as number);
      }
    }
    if (ids.length > this.maxLength) ids.length = this.maxLength;
    return ids;
  }

  /** Splits out added tokens ("[CLS]" typed in the text), which are never normalised. */
  private sections(text: string): string[] {
    if (!this.addedTokenPattern || !text.includes('[')) return text === '' ? [] : [text];
    const sections: string[] = [];
    let position = 0;
    for (const match of text.matchAll(this.addedTokenPattern)) {
      if (match.index > position) sections.push(text.slice(position, match.index));
      sections.push(match[0]);
      position = match.index + match[0].length;
    }
    if (position < text.length) sections.push(text.slice(position));
    return sections;
  }

  private normalize(text: string): string {
    const { cleanText, chineseCharacters, lowercase, stripAccents } = this.normalizer;
    let result = text;
    if (cleanText) result = result.replace(CONTROL_CHARACTERS, '').replace(/\s/g, ' ');
    if (chineseCharacters) result = result.replace(CJK_IDEOGRAPHS, ' $& ');
    if (lowercase) result = result.toLowerCase();
    if (stripAccents) result = result.normalize('NFD').replace(COMBINING_MARKS, '');
    return result;
  }

  /** Greedy longest-match-first WordPiece for one pre-token, remembered. */
  private word(token: string): readonly number[] {
    const known = this.wordIds.get(token);
    if (known) return known;
    const ids = this.splitWord(token);
    if (this.wordIds.size >= WORD_CACHE_LIMIT) this.wordIds.clear();
    this.wordIds.set(token, ids);
    return ids;
  }

  private splitWord(token: string): number[] {
    const whole = this.vocabulary.get(token);
    if (whole !== undefined) return [whole];
    const characters = [...token];
    if (characters.length > this.maxCharactersPerWord) return [this.unknownId];
    const ids: number[] = [];
    let start = 0;
    while (start < characters.length) {
      let end = characters.length;
      let found: number | undefined;
      while (start < end) {
        const piece = characters.slice(start, end).join('');
        found = this.vocabulary.get(start > 0 ? this.subwordPrefix + piece : piece);
        if (found !== undefined) break;
        end -= 1;
      }
      if (found === undefined) return [this.unknownId];
      ids.push(found);
      start = end;
    }
    return ids;
  }
}
