import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusLanguages, detectLanguage, languageName } from './language-detector.js';

const ARTICLE = readFileSync(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url), 'utf8');

describe('detectLanguage', () => {
  it('tells the language of questions in Latin letters, with or without accents', async () => {
    expect(await detectLanguage('Wer leitete die US-Delegation?')).toEqual({ language: 'de', reliable: true });
    expect(await detectLanguage('¿quién dirigió la delegación estadounidense?')).toEqual({ language: 'es', reliable: true });
    expect(await detectLanguage('QUI A DIRIGÉ LA DÉLÉGATION AMÉRICAINE ?')).toEqual({ language: 'fr', reliable: true });
    expect(await detectLanguage('quem chefiou a delegacao russa')).toMatchObject({ reliable: true });
    expect(await detectLanguage('Who led the US delegation?')).toEqual({ language: 'en', reliable: true });
  });

  it('does not stand by a guess on chat, and is fooled by a name: the word test must come first', async () => {
    for (const text of ['tl;dr', 'Genève?', 'y tho']) expect((await detectLanguage(text)).reliable, text).toBe(false);
    expect(await detectLanguage('?!')).toEqual({ language: undefined, reliable: false });
    // Why other-language.ts never asks it about names alone: a Norwegian name reads as Swedish.
    expect(await detectLanguage('Stoltenberg?')).toEqual({ language: 'sv', reliable: true });
  });
});

describe('corpusLanguages', () => {
  it("tells each document's language from its opening", async () => {
    expect(await corpusLanguages([ARTICLE])).toEqual(new Set(['en']));
    const german = 'Die Gespräche zwischen den Vereinigten Staaten und Russland in Genf dauerten acht Stunden. '.repeat(4);
    expect(await corpusLanguages([ARTICLE, german])).toEqual(new Set(['en', 'de']));
  });

  it('leaves out a document too short to tell, and gives up on one it cannot tell', async () => {
    // A title alone, or a page of invisible characters, says nothing of the corpus's language.
    expect(await corpusLanguages([ARTICLE, 'Invisible\n\n\u200b\u200b'])).toEqual(new Set(['en']));
    expect(await corpusLanguages(['Invisible'])).toBeUndefined();
    // Numbers and codes: no language eld stands by, so no question may be refused for its language.
    const table = Array.from({ length: 80 }, (_, row) => `xq${row} zzv${row * 7} kkt${row % 5}`).join(' ');
    expect(await corpusLanguages([ARTICLE, table])).toBeUndefined();
  });
});

describe('languageName', () => {
  it("gives a language's English name", () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('de')).toBe('German');
  });
});
