import { describe, expect, it } from 'vitest';
import { askInLanguages, countWords, looksForeign, otherLanguage, type LanguageSource } from './other-language.js';

/**
 * The words below that the engine knows over the bundled article: the corpus's, and those among
 * the word-vector model's 20,000 commonest. The model's list holds foreign words that English
 * text quotes ("die" 2,235th, "la" 983rd, "una" 11,112th), so they are known here too; "qui"
 * (32,127th) and "secrete" (49,802nd) are not.
 */
const KNOWN = new Set(
  `us delegation led russia russian nato ukraine sherman ryabkov stoltenberg jens geneva talks main demand wants mean wrote
  vs die la por una el en los del de der hat ha chi wie`.split(/\s+/),
);
const knows = (word: string): boolean => KNOWN.has(word);
const english = (languages = ['en']): LanguageSource => ({ knows, languages: () => Promise.resolve(new Set(languages)) });

describe('countWords', () => {
  it('leaves out names, words of one letter and short pieces beside an apostrophe', () => {
    // "US" and "Delegation" are capitals inside the question: names, which tell no language.
    expect(countWords('Wer leitete die US-Delegation?', knows)).toEqual({ counted: 3, functionWords: 0, unknown: 2 });
    expect(countWords('What was Friedrich Wilhelm Schadow position?', knows)).toEqual({ counted: 3, functionWords: 2, unknown: 1 });
    expect(countWords("what's russia's main demand", knows)).toEqual({ counted: 4, functionWords: 1, unknown: 0 });
    expect(countWords("Qu'a dit Ryabkov après la réunion ?", knows)).toEqual({ counted: 4, functionWords: 0, unknown: 3 });
  });

  it('counts every word of a question in capitals, accents folded', () => {
    expect(countWords('QUI A DIRIGÉ LA DÉLÉGATION AMÉRICAINE ?', knows)).toEqual({ counted: 5, functionWords: 0, unknown: 3 });
  });
});

describe('looksForeign', () => {
  it('wants two unknown words, and more than half, or four words without an English function word', () => {
    expect(looksForeign({ counted: 3, functionWords: 0, unknown: 2 })).toBe(true);
    // "Chi ha guidato la delegazione statunitense?": half unknown, but no "the", "who" or "did".
    expect(looksForeign({ counted: 6, functionWords: 0, unknown: 3 })).toBe(true);
    expect(looksForeign({ counted: 6, functionWords: 1, unknown: 3 })).toBe(false);
    // One unknown word is a name or a slip, not a language.
    expect(looksForeign({ counted: 1, functionWords: 0, unknown: 1 })).toBe(false);
  });
});

describe('otherLanguage', () => {
  it('refuses questions in other languages written in Latin letters', async () => {
    for (const question of [
      'Wer leitete die US-Delegation?',
      '¿quién dirigió la delegación estadounidense?',
      'QUI A DIRIGÉ LA DÉLÉGATION AMÉRICAINE ?',
      'Chi ha guidato la delegazione statunitense?',
      'Kto przewodniczył delegacji amerykańskiej?',
    ])
      expect(await otherLanguage(question, english()), question).toEqual(new Set(['en']));
  });

  it('reads English questions, with names, chat, rare words and foreign titles', async () => {
    for (const question of [
      'why',
      'and nato?',
      'tl;dr',
      'Stoltenberg?',
      'Jens Stoltenberg',
      'Ryabkov vs Sherman',
      'idk what nato wants lol',
      "what's russia's main demand",
      'Who kidnaps Dr. Swann?',
      'what does por una cabeza mean',
      'who wrote el amor en los tiempos del colera',
      // Three words of four unknown: the identifier is asked, and hears English.
      'what do mucous membranes secrete',
    ])
      expect(await otherLanguage(question, english()), question).toBeUndefined();
  });

  it("reads a question in the corpus's own language, and refuses nothing when that cannot be told", async () => {
    expect(await otherLanguage('Wer leitete die US-Delegation?', english(['de']))).toBeUndefined();
    expect(await otherLanguage('Wer leitete die US-Delegation?', english(['en', 'de']))).toBeUndefined();
    const untold: LanguageSource = { knows, languages: () => Promise.resolve(undefined) };
    expect(await otherLanguage('Wer leitete die US-Delegation?', untold)).toBeUndefined();
  });

  it('counts a slip of a known word as known, asking about slips only when the words look foreign', async () => {
    const asked: string[] = [];
    const isSlip = (word: string): boolean => {
      asked.push(word);
      return word === 'leitete';
    };
    const slips: LanguageSource = { ...english(), isSlip };
    // "leitete" taken for a slip leaves one unknown word of five: read.
    expect(await otherLanguage('Wer leitete die US-Delegation?', slips)).toBeUndefined();
    expect(asked).toContain('leitete');
    asked.length = 0;
    expect(await otherLanguage('what did the delegation say', slips)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('askInLanguages', () => {
  it("names the corpus's languages", () => {
    expect(askInLanguages(new Set(['en']))).toBe('Please ask in English: I can only read questions in the language the article is written in.');
    expect(askInLanguages(new Set(['en', 'de']))).toMatch(/^Please ask in English or German: /);
  });
});
