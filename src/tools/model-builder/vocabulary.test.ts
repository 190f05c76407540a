import { describe, expect, it } from 'vitest';
import { isSingleBertToken, normaliseLikeBert, selectVocabulary } from './vocabulary.js';

describe('isSingleBertToken', () => {
  it('accepts lowercase alphanumeric words and single punctuation', () => {
    for (const word of ['the', 'covid19', '2022', ',', '"', '$', '?', '«']) {
      expect(isSingleBertToken(word), word).toBe(true);
    }
  });

  it('rejects what the BERT pre-tokenizer would split, change or never emit', () => {
    for (const word of ['u.s.', 'well-known', "don't", 'The', 'café', '...', '£', '', 'a b', '中国']) {
      expect(isSingleBertToken(word), word).toBe(false);
    }
  });

  it('accepts a lone ideograph, which the normalizer isolates', () => {
    expect(isSingleBertToken('中')).toBe(true);
  });
});

describe('normaliseLikeBert', () => {
  it('lowercases and strips accents', () => {
    expect(normaliseLikeBert('Café Zürich')).toBe('cafe zurich');
  });
});

describe('selectVocabulary', () => {
  it('keeps the first producible words with their 1-based source ranks', () => {
    const words = ['the', ',', 'u.s.', 'of', 'the', 'well-known', 'cat', 'dog'];
    expect(selectVocabulary(words, 4)).toEqual([
      { token: 'the', rank: 1 },
      { token: ',', rank: 2 },
      { token: 'of', rank: 4 },
      { token: 'cat', rank: 7 },
    ]);
  });

  it('returns fewer entries when the source runs out and rejects bad sizes', () => {
    expect(selectVocabulary(['a', 'b'], 10)).toHaveLength(2);
    expect(() => selectVocabulary(['a'], 0)).toThrow(/positive integer/);
  });
});
