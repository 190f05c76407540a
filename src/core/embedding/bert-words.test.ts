import { describe, expect, it } from 'vitest';
import { foldedWord, piecePattern } from './bert-words.js';
import type { TokenizerShape } from './tokenizer-shape.js';

const bert: TokenizerShape = {
  normalizer: 'BertNormalizer',
  lowercases: true,
  stripsAccents: true,
  cleansText: true,
  preTokenizer: 'BertPreTokenizer',
  addsTokensAround: false,
  joinsWords: false,
  paddingSide: 'right',
  specialTokens: ['[PAD]', '[UNK]'],
  specialTokensTakeSpaces: false,
  maxLength: 512,
  padId: 0,
  model: 'WordPiece',
  vocabulary: new Map(),
  maxCharsPerWord: 100,
  unknownId: 1,
  subwordPrefix: '##',
};

describe('foldedWord', () => {
  it('folds a word as BERT lowercases and strips accents, when it stays one word', () => {
    expect(foldedWord('Genève', true)).toBe('geneve');
    expect(foldedWord('ZÜRICH', true)).toBe('zurich');
    expect(foldedWord('Путин', true)).toBe('путин');
    expect(foldedWord('İstanbul', true)).toBe('istanbul');
    expect(foldedWord('’', true)).toBe('’');
    // The Greek question mark is ";" once decomposed.
    expect(foldedWord('\u037e', true)).toBe(';');
  });

  it('deletes what clean_text deletes, and says when nothing is left', () => {
    expect(foldedWord('ca\u200bfé', true)).toBe('cafe');
    expect(foldedWord('\u200b', true)).toBe('');
    expect(foldedWord('ca\u200bfé', false)).toBeUndefined();
  });

  it('leaves to the library what the normaliser would split or reads in context', () => {
    expect(foldedWord('北京', true)).toBeUndefined(); // padded with spaces
    expect(foldedWord('ΑΣ', true)).toBeUndefined(); // final sigma depends on what follows
    expect(foldedWord('x\u1fefy', true)).toBeUndefined(); // decomposes to "x`y"
  });
});

describe('piecePattern', () => {
  const pieces = (text: string): string[] => [...text.matchAll(piecePattern(bert))].map(([piece]) => piece);

  it('splits at every punctuation mark and space BERT splits at, special tokens whole', () => {
    expect(pieces('it’s [UNK] «Zürich»\u00a0[were]')).toEqual([
      'it',
      '’',
      's',
      '[UNK]',
      '«',
      'Zürich',
      '»',
      '[',
      'were',
      ']',
    ]);
    expect(pieces('x[PAD]y, 100,000')).toEqual(['x', '[PAD]', 'y', ',', '100', ',', '000']);
  });

  it('splits only at spaces for other pre-tokenisers', () => {
    expect(
      [...'it’s a, b'.matchAll(piecePattern({ ...bert, preTokenizer: 'WhitespaceSplit' }))].map(([p]) => p),
    ).toEqual(['it’s', 'a,', 'b']);
  });
});
