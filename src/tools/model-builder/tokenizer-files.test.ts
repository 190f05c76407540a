import { describe, expect, it } from 'vitest';
import { createTokenizerConfigJson, createTokenizerJson, MODEL_MAX_LENGTH } from './tokenizer-files.js';

describe('createTokenizerJson', () => {
  it('puts the special tokens first and the words after them, in order', () => {
    const tokenizer = JSON.parse(createTokenizerJson(['the', ',', '1'])) as {
      model: { vocab: Record<string, number>; unk_token: string };
      added_tokens: { id: number; content: string; special: boolean }[];
      post_processor: unknown;
    };
    expect(tokenizer.model.vocab).toEqual({
      '[PAD]': 0,
      '[UNK]': 1,
      '[CLS]': 2,
      '[SEP]': 3,
      '[MASK]': 4,
      the: 5,
      ',': 6,
      '1': 7,
    });
    expect(tokenizer.model.unk_token).toBe('[UNK]');
    expect(tokenizer.added_tokens.map((token) => [token.id, token.content, token.special])).toEqual([
      [0, '[PAD]', true],
      [1, '[UNK]', true],
      [2, '[CLS]', true],
      [3, '[SEP]', true],
      [4, '[MASK]', true],
    ]);
    expect(tokenizer.post_processor).toBeNull();
  });

  it('writes the vocabulary in id order and rejects duplicates', () => {
    const text = createTokenizerJson(['the', '2000']);
    expect(text.indexOf('"the": 5')).toBeLessThan(text.indexOf('"2000": 6'));
    expect(() => createTokenizerJson(['the', 'the'])).toThrow(/Duplicate/);
    expect(() => createTokenizerJson(['[UNK]'])).toThrow(/Duplicate/);
  });
});

describe('createTokenizerConfigJson', () => {
  it('sets the maximum length and BERT tokenizer class', () => {
    const config = JSON.parse(createTokenizerConfigJson()) as Record<string, unknown>;
    expect(config['model_max_length']).toBe(MODEL_MAX_LENGTH);
    expect(config['tokenizer_class']).toBe('BertTokenizer');
    expect(config['pad_token']).toBe('[PAD]');
  });
});
