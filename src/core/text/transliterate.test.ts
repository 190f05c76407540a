import { describe, expect, it } from 'vitest';
import { hasNonLatinLetter, latinSpelling } from './transliterate.js';

describe('hasNonLatinLetter', () => {
  it('tells letters of other alphabets from Latin ones, accented or not', () => {
    expect(hasNonLatinLetter('Рябков')).toBe(true);
    expect(hasNonLatinLetter('Παπανδρέου')).toBe(true);
    expect(hasNonLatinLetter('Genève')).toBe(false);
    expect(hasNonLatinLetter('12:00')).toBe(false);
  });
});

describe('latinSpelling', () => {
  it('spells Cyrillic and Greek names in Latin letters', () => {
    expect(latinSpelling('Рябков')).toBe('Ryabkov');
    expect(latinSpelling('Столтенберг')).toBe('Stoltenberg');
    expect(latinSpelling('Αθήνα')).toMatch(/^Ath[ie]na$/);
  });

  it('gives nothing for a word already in Latin letters or one with no one-word spelling', () => {
    expect(latinSpelling('Geneva')).toBeUndefined();
    expect(latinSpelling('北京')).toBeUndefined();
  });
});
