import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@xenova/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config/load-config.js';
import { shapeOfLibraryTokenizer, shapeOfTokenizerFiles } from '../../src/core/embedding/tokenizer-shape.js';
import {
  WordCachedTokenizer,
  type LibraryTokenizer,
} from '../../src/core/embedding/word-cached-tokenizer.js';

/** Text no article-writer intends, but pasted articles and Discord members produce. */
const AWKWARD = [
  '',
  '   ',
  'Café déjà vu — naïve résumé',
  'ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ lowercase sigma at word ends',
  '北京 and 東京 talks; 서울 too',
  'emoji 🙂👍🏽 and a flag 🇺🇦 in text',
  'control\u0007chars\u0000and\u200bzero\u200dwidth',
  'non\u00a0breaking\u2003spaces\u3000everywhere',
  'tabs\tnew\nlines\r\nand\fform feeds\vvertical',
  'special tokens in text: [UNK] [CLS]x [SEP] [MASK][PAD]',
  'https://example.com/a?b=c&d=e#frag user@example.org',
  '100,000 troops; 08:00 local time; U.S. and U.K.; 2nd round; $1.5bn',
  `${'a'.repeat(150)} a very long word past the word-piece limit`,
  "it's the Kremlin's \"red line\" (they said) — don't!",
  'MiXeD CaSe İstanbul ß ﬁ ligatures',
];

describe('the word-cached tokenizer gives the library its own ids', () => {
  let library: PreTrainedTokenizer;
  let cached: WordCachedTokenizer;
  /** The same tokenizer read from the model's files, the library attached for what lookups cannot settle. */
  let fromFiles: WordCachedTokenizer;
  let article: string;

  beforeAll(async () => {
    const config = loadConfig({
      configFile: false,
      environment: {},
      overrides: { 'model.allowRemote': false },
    });
    env.localModelPath = `${config.model.dir}/`;
    env.allowRemoteModels = false;
    library = await AutoTokenizer.from_pretrained(config.model.id);
    const fast = WordCachedTokenizer.for(library as unknown as LibraryTokenizer);
    if (!fast) throw new Error('the bundled model should be accepted');
    cached = fast;
    const directory = join(config.model.dir, config.model.id);
    const read = async (file: string) => JSON.parse(await readFile(join(directory, file), 'utf8')) as never;
    const shape = shapeOfTokenizerFiles(await read('tokenizer.json'), await read('tokenizer_config.json'));
    const files = shape && WordCachedTokenizer.forShape(shape);
    if (!files) throw new Error('the bundled model should be read from its files');
    files.attachLibrary((word) => library.encode(word, null, { add_special_tokens: false }));
    fromFiles = files;
    article = await readFile(join(PROJECT_ROOT, 'corpus', 'geneva-talks-2022.txt'), 'utf8');
  });

  const libraryBatch = (texts: string[]) =>
    library(texts, { padding: true, truncation: true }) as {
      input_ids: { dims: number[]; data: BigInt64Array };
      attention_mask: { data: BigInt64Array };
    };

  it('matches on every line and sentence of the bundled article and on awkward text, one at a time', () => {
    const texts = [...article.split('\n'), ...article.split(/(?<=[.!?])\s+/), ...AWKWARD].filter(
      (text) => text.trim() !== '',
    );
    for (const tokenizer of [cached, fromFiles])
      for (const text of texts)
        expect(tokenizer.ids(text), text).toEqual(library.encode(text, null, { add_special_tokens: false }));
  });

  it('matches on 10,000 random strings built from the characters that make tokenizers differ (fixed seed)', () => {
    // Separators, controls, combining marks, CJK, Greek capitals, punctuation, special-token pieces.
    const pieces = [
      ' ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\v',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u200b',
      '\u0000',
      '\u0301',
      '\u0308',
      'a',
      'Σ',
      'é',
      'ß',
      '北',
      '🙂',
      ',',
      '.',
      "'",
      '-',
      '(',
      ')',
      '"',
      ':',
      '$',
      '\\',
      '…',
      '—',
      '[',
      ']',
      'UNK',
      'SEP',
      'PAD',
      '[PAD]',
      'geneva',
      'Talks',
      '100',
      'İ',
      'ﬁ',
      // Marks and letters that BERT's normaliser folds: curly quotes, guillemets, Greek punctuation
      // that decomposes to ASCII (";", "·", "`"), accented, Kelvin and Ångström signs, a digraph.
      '’',
      '“',
      '«',
      '¿',
      '\u037e',
      '\u0387',
      '·',
      '\u1fef',
      'Ü',
      'ñ',
      '\u212b',
      '\u212a',
      'ǅ',
      'ά',
      'e\u0301',
    ];
    let state = 12345;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let sample = 0; sample < 10_000; sample += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 24);
      for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
      const expected = library.encode(text, null, { add_special_tokens: false });
      expect(cached.ids(text), JSON.stringify(text)).toEqual(expected);
      expect(fromFiles.ids(text), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('matches a padded batch, tensors and all, including a text past the model length', () => {
    const long = `${article} ${article}`;
    const texts = [long, ...AWKWARD.filter((text) => text.trim() !== ''), 'Geneva'];
    const expected = libraryBatch(texts);
    const actual = cached.batch(texts);
    expect(actual.dims).toEqual(expected.input_ids.dims);
    expect(actual.dims[1]).toBe(library.model_max_length);
    expect(Array.from(actual.inputIds)).toEqual(Array.from(expected.input_ids.data));
    expect(Array.from(actual.attentionMask)).toEqual(Array.from(expected.attention_mask.data));
  });

  it('matches when many new words are encoded in one call, in a batch of texts never seen', () => {
    const fresh = WordCachedTokenizer.for(library as unknown as LibraryTokenizer);
    const texts = [...AWKWARD, ...article.split('\n')].filter((text) => text.trim() !== '');
    const expected = libraryBatch(texts);
    const actual = fresh?.batch(texts);
    expect(Array.from(actual?.inputIds ?? [])).toEqual(Array.from(expected.input_ids.data));
  });

  it('reads plain ASCII words it knows from the vocabulary, and sends the rest to the library', () => {
    const asked: string[] = [];
    const counting = Object.assign(Object.create(library) as object, {
      encode: (text: string) => {
        asked.push(text);
        return library.encode(text, null, { add_special_tokens: false });
      },
    }) as unknown as LibraryTokenizer;
    const fresh = WordCachedTokenizer.for(counting);
    const text = 'GENEVA Talks ended in 2022 without Ryabkov, café — it’s Straße, Путин 北京';
    expect(fresh?.ids(text)).toEqual(library.encode(text, null, { add_special_tokens: false }));
    // Plain words cost no call, known ones in any case and unknown ones too ("Ryabkov", and
    // "2022": this model has no numbers), since a vocabulary without "##" pieces can only call
    // them [UNK]; so are punctuation marks, and words the normaliser leaves as one word ("café"
    // is "cafe", "Путин" "путин"); Chinese characters, which it pads with spaces, go to the library.
    expect([...asked].sort()).toEqual(['北京']);
    expect(fresh?.ids('Ryabkov 2022')).toEqual([library.model.unk_token_id, library.model.unk_token_id]);
  });

  it('asks the library about unknown plain words when the vocabulary has "##" pieces to split them into', () => {
    const asked: string[] = [];
    const vocabulary = new Map(library.model.tokens_to_ids);
    vocabulary.set('##kov', vocabulary.size);
    const model = Object.assign(Object.create(library.model) as object, { tokens_to_ids: vocabulary });
    const withPieces = Object.assign(Object.create(library) as object, {
      model,
      encode: (text: string) => {
        asked.push(text);
        return library.encode(text, null, { add_special_tokens: false });
      },
    }) as unknown as LibraryTokenizer;
    WordCachedTokenizer.for(withPieces)?.ids('Ryabkov talks');
    expect(asked).toEqual(['Ryabkov']);
  });

  it('leaves a special token spelt as a plain word to the library', () => {
    const withPlainSpecial = Object.assign(Object.create(library) as object, {
      added_tokens: [{ content: 'geneva', id: 4 }],
      encode: (text: string) =>
        text === 'geneva' ? [4] : library.encode(text, null, { add_special_tokens: false }),
    }) as unknown as LibraryTokenizer;
    expect(WordCachedTokenizer.for(withPlainSpecial)?.ids('geneva talks')).toEqual([
      4,
      ...library.encode('talks', null, { add_special_tokens: false }),
    ]);
  });

  it("reads the same shape from the model's files as from the library's loaded tokenizer", async () => {
    const config = loadConfig({ configFile: false, environment: {}, overrides: {} });
    const directory = join(config.model.dir, config.model.id);
    const read = async (file: string) => JSON.parse(await readFile(join(directory, file), 'utf8')) as never;
    const files = shapeOfTokenizerFiles(await read('tokenizer.json'), await read('tokenizer_config.json'));
    const loaded = shapeOfLibraryTokenizer(library as unknown as LibraryTokenizer);
    expect(files).toEqual({ ...loaded, vocabulary: files?.vocabulary });
    expect(files?.vocabulary?.size).toBe(loaded.vocabulary?.size);
    for (const [word, id] of loaded.vocabulary ?? [])
      if (files?.vocabulary?.get(word) !== id) expect(word).toBe('');
    // Not a WordPiece vocabulary: left to the library.
    expect(
      shapeOfTokenizerFiles({ model: { type: 'BPE', vocab: {} } }, { model_max_length: 512 }),
    ).toBeUndefined();
  });

  it('read from files, needs the library only for words a lookup cannot settle', () => {
    const alone = WordCachedTokenizer.forShape(
      shapeOfLibraryTokenizer(library as unknown as LibraryTokenizer),
    );
    const plain = ["Who led Russia's delegation in Geneva, on January 10 (2022)?", 'Ryabkov: "no progress"!'];
    expect(alone?.tryBatch(plain)?.inputIds).toEqual(cached.batch(plain).inputIds);
    const folded = [
      'the café',
      'it’s',
      'Genève',
      'a — b',
      '«Zürich»',
      'Straße',
      'Путин',
      'a\u00a0b',
      '©2015',
      'a\u200bb',
      '\u200b .',
    ];
    expect(alone?.tryBatch(folded)?.inputIds).toEqual(cached.batch(folded).inputIds);
    // Chinese characters (padded with spaces), a capital sigma (its lowercase depends on what
    // follows), a Greek mark that decomposes to "`": the library says.
    for (const text of ['北京', 'ΑΣ', 'x\u1fefy'])
      expect(alone?.tryBatch([...plain, text]), text).toBeUndefined();
    expect(() => alone?.ids('北京')).toThrow(/library is needed/);
    alone?.attachLibrary((word) => library.encode(word, null, { add_special_tokens: false }));
    expect(alone?.tryBatch(['北京'])?.inputIds).toEqual(cached.batch(['北京']).inputIds);
    expect(alone?.ids('北京')).toEqual(library.encode('北京', null, { add_special_tokens: false }));
  });

  it('gives the same ids the second time, from its cache', () => {
    const first = cached.ids(article);
    expect(cached.ids(article)).toEqual(first);
  });

  it('refuses tokenizers that add special tokens around the text, and calls for the library there', () => {
    const withTemplate: unknown = Object.assign(Object.create(library) as object, {
      post_processor: { type: 'TemplateProcessing' },
    });
    expect(WordCachedTokenizer.accepts(withTemplate as LibraryTokenizer)).toBe(false);
    const withSpacedToken: unknown = Object.assign(Object.create(library) as object, {
      added_tokens: [{ content: 'two words' }],
    });
    expect(WordCachedTokenizer.accepts(withSpacedToken as LibraryTokenizer)).toBe(false);
  });
});
