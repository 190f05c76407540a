import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@xenova/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { WordPieceTokenizer } from './wordpiece-tokenizer.js';

const MODELS = fileURLToPath(new URL('../../../embeddings/models/', import.meta.url));
const MODEL_ID = 'article-qa/glove-sif-100d';
const readJson = (name: string): unknown => JSON.parse(readFileSync(`${MODELS}${MODEL_ID}/${name}`, 'utf8'));

// Everything BertNormalizer and WordPiece treat specially, so a drift from transformers.js shows.
const EDGE_CASES = [
  '',
  '   ',
  'Who led the US delegation?',
  '[CLS] typed special tokens [SEP] and a[UNK]b [PAD][PAD]',
  'Hervé, café, naïve, Ångström, a\u0301 e\u0308',
  '東京は日本の首都です and 𠀀𠀁 astral ideographs, 😀 emoji',
  'tab\there, vertical\u000btab, form\u000cfeed, nul\u0000, replacement\ufffd, zero\u200bwidth, bom\ufeff',
  'ＡＢＣ full-width, İstanbul, ǅ, ß, ﬁ ligature',
  'U.S.-Russia 100,000 08:00 10/1/22 mid-December “quotes” ‘single’ — – …',
  'Ελληνικά Русский عربي हिन्दी',
  'lone \ud800 and \udc00 surrogates',
  `${'x'.repeat(101)} too long for one word`,
  Array.from({ length: 700 }, (_, index) => (index % 2 === 0 ? 'the' : 'talks')).join(' '),
];

describe('WordPieceTokenizer', () => {
  let reference: PreTrainedTokenizer;
  let tokenizer: WordPieceTokenizer;

  beforeAll(async () => {
    env.allowRemoteModels = false;
    env.localModelPath = MODELS;
    reference = await AutoTokenizer.from_pretrained(MODEL_ID);
    const created = WordPieceTokenizer.fromJson(
      readJson('tokenizer.json') as object,
      readJson('tokenizer_config.json') as object,
    );
    if (!created) throw new Error('the bundled tokenizer should be supported');
    tokenizer = created;
  });

  const referenceIds = (text: string): number[] =>
    Array.from(
      (reference(text, { truncation: true, padding: true }) as { input_ids: { data: BigInt64Array } })
        .input_ids.data,
      Number,
    );

  it('gives exactly the ids transformers.js gives, edge cases included', () => {
    for (const text of EDGE_CASES)
      expect(tokenizer.encode(text), JSON.stringify(text.slice(0, 40))).toEqual(referenceIds(text));
  });

  it('gives the same ids for every sentence of the bundled article', () => {
    const article = readFileSync(
      fileURLToPath(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url)),
      'utf8',
    );
    for (const sentence of splitSentences(article))
      expect(tokenizer.encode(sentence.text)).toEqual(referenceIds(sentence.text));
  });

  it('truncates to the model maximum length', () => {
    expect(tokenizer.encode(EDGE_CASES.at(-1) ?? '')).toHaveLength(tokenizer.maxLength);
  });

  it('declines configurations it does not reproduce', () => {
    const json = readJson('tokenizer.json') as Record<string, unknown>;
    expect(
      WordPieceTokenizer.fromJson({ ...json, post_processor: { type: 'TemplateProcessing' } }, {}),
    ).toBeUndefined();
    expect(WordPieceTokenizer.fromJson({ ...json, normalizer: { type: 'NFC' } }, {})).toBeUndefined();
    expect(WordPieceTokenizer.fromJson(json, { remove_space: true })).toBeUndefined();
  });
});
