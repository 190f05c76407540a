import { describe, expect, it } from 'vitest';
import { corpusLatinShare, inOtherScript, latinShare, latinWordShare, unreadableLetters } from './script.js';

describe('latinShare', () => {
  it('counts Latin letters, accented ones included, against all letters', () => {
    expect(latinShare('who led the talks?')).toBe(1);
    expect(latinShare('où étaient les négociations')).toBe(1);
    expect(latinShare('Кто возглавлял российскую делегацию?')).toBe(0);
    expect(latinShare('谁领导了美国代表团？')).toBe(0);
    expect(latinShare('12:00?')).toBe(1);
  });
});

describe('latinWordShare', () => {
  it('counts words mostly in Latin letters against all words', () => {
    expect(latinWordShare('who is Столтенберг')).toBeCloseTo(2 / 3);
    expect(latinWordShare('что сказал Рябков?')).toBe(0);
    expect(latinWordShare('谁领导了美国代表团？')).toBe(0);
    expect(latinWordShare('12:00?')).toBe(1);
  });
});

describe('inOtherScript', () => {
  const english = corpusLatinShare(['The head of the Russian delegation was Sergei Ryabkov.', 'Talks in Geneva lasted eight hours.']);
  const russian = corpusLatinShare(['Переговоры в Женеве длились восемь часов.']);

  it('refuses a question in another script than an English corpus', () => {
    for (const question of ['Кто возглавлял российскую делегацию?', '谁领导了美国代表团？', 'من قاد الوفد الأمريكي؟']) expect(inOtherScript(question, english), question).toBe(true);
  });

  it('accepts English with a name in another script, and a question in the corpus script', () => {
    expect(inOtherScript('what did Рябков say about the differences?', english)).toBe(false);
    expect(inOtherScript('who led the talks', english)).toBe(false);
    // The name has more letters than the English around it, but fewer words.
    expect(inOtherScript('who is Столтенберг', english)).toBe(false);
    expect(inOtherScript('Кто возглавлял делегацию?', russian)).toBe(false);
  });
});

describe('unreadableLetters', () => {
  it('tells a question still mostly in other letters once names are mended', () => {
    expect(unreadableLetters('who is Στόλτενμπεργκ', 1)).toBe(true);
    expect(unreadableLetters('who is Stoltenberg', 1)).toBe(false);
    expect(unreadableLetters('what did Лавров say?', 1)).toBe(false);
    expect(unreadableLetters('кто такой Рябков', 0.5)).toBe(false);
  });
});

describe('corpusLatinShare', () => {
  it('counts as latinShare of the texts’ starts joined would, whatever the characters and however many texts', () => {
    let state = 11;
    const random = (): number => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 4_294_967_296;
    };
    // ASCII, accented and Cyrillic letters, Greek, CJK, digits, a Roman numeral (Latin but no letter),
    // an astral letter, and surrogate halves that a cut at 1,000 characters may leave alone.
    const pieces = ['a', 'Z', ' ', '7', 'é', 'ß', 'Ж', 'λ', '中', 'Ⅻ', 'ª', '𝐀', '😀', '\ud835', '\udc00', '-', '\u0301'];
    const text = (length: number): string => Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const joined = (texts: string[]): number => {
      const perText = Math.max(1_000, Math.floor(20_000 / Math.max(1, texts.length)));
      return latinShare(texts.map((item) => item.slice(0, perText)).join(' '));
    };
    for (const count of [0, 1, 3, 40, 300]) {
      const texts = Array.from({ length: count }, () => text(Math.floor(random() * 2_500)));
      expect(corpusLatinShare(texts), `${count} texts`).toBe(joined(texts));
    }
    expect(corpusLatinShare(['12:00 -- 3'])).toBe(1);
  });
});
