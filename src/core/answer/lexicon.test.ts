import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stem, normalizeTerm } from '../text/terms.js';
import { LEXICON_FORMAT, Lexicon } from './lexicon.js';
import { LEXICON_PATH } from './answer-resources.js';

/** The bundled WordNet lexicon, read once for the tests that need it. */
let bundledLexicon: Lexicon | undefined;
const bundled = (): Lexicon =>
  (bundledLexicon ??= Lexicon.parse(readFileSync(fileURLToPath(new URL(`../../../embeddings/models/${LEXICON_PATH}`, import.meta.url)), 'utf8')));

const key = (words: string): string => words.split(' ').map((word) => stem(normalizeTerm(word))).join(' ');

describe('Lexicon', () => {
  // Lines sorted by key, as the builder writes them.
  const small = Lexicon.parse([`${LEXICON_FORMAT}\t{}`, 'automobil\t1\t', 'car\t1,2\t9', 'vehicl\t9\t', 'zebra\t5\t'].join('\n'));

  it('relates keys that share an own concept, or where one reaches the other', () => {
    expect(small.related('car', 'automobil')).toBe(true);
    expect(small.related('car', 'vehicl')).toBe(true);
    expect(small.related('vehicl', 'car')).toBe(true);
    expect(small.related('car', 'zebra')).toBe(false);
    expect(small.related('car', 'car')).toBe(false);
    expect(small.related('car', 'unknown')).toBe(false);
    expect(small.has('zebra')).toBe(true);
    expect(small.has('zeb')).toBe(false);
  });

  it('knows a word in any inflection of a lemma it holds, and not a slip', () => {
    expect(bundled().knowsWord('budging')).toBe(true);
    expect(bundled().knowsWord('troops')).toBe(true);
    expect(bundled().knowsWord('russain')).toBe(false);
  });

  it('refuses another format', () => {
    expect(() => Lexicon.parse('something else\nx\t1\t2')).toThrow(/lexicon/);
  });

  it('relates everyday words to the article\'s words with the bundled WordNet lexicon', () => {
    const lexicon = bundled();
    const related = (a: string, b: string): boolean => lexicon.related(key(a), key(b));
    expect(related('soldiers', 'troops')).toBe(true); // synonyms
    expect(related('invasion', 'invaded')).toBe(true); // derivation
    expect(related('weapons', 'missiles')).toBe(true); // hypernym
    expect(related('american', 'united states')).toBe(true); // pertainym, to a word pair
    expect(related('moscow', 'russia')).toBe(true); // a capital within its country
    expect(related('kremlin', 'russia')).toBe(true); // two steps of "part of"
    expect(related('turn down', 'rejected')).toBe(true); // a phrasal verb and its Latinate synonym
    expect(related('kick off', 'began')).toBe(true); // and its hypernym
    expect(related('call off', 'cancel')).toBe(true);
    expect(related('bread', 'sanctions')).toBe(false);
    expect(related('weather', 'troops')).toBe(false);
  });

  it('tells which of two related keys is above the other', () => {
    expect(small.above('car', 'vehicl')).toBe(true); // a car is a vehicle
    expect(small.above('vehicl', 'car')).toBe(false);
    expect(small.above('car', 'automobil')).toBe(false); // synonyms: neither is above
    expect(small.above('car', 'zebra')).toBe(false);
    const lexicon = bundled();
    const above = (a: string, b: string): boolean => lexicon.above(key(a), key(b));
    expect(above('poland', 'europe')).toBe(true); // a place within a larger one
    expect(above('geneva', 'switzerland')).toBe(true);
    expect(above('switzerland', 'geneva')).toBe(false);
    expect(above('american', 'us')).toBe(false); // a pertainym goes both ways
    expect(above('usa', 'us')).toBe(false); // synonyms
  });

  it('finds the single-word keys a key is related to, from its side', () => {
    expect(small.relatedKeys('car')).toEqual(['automobil', 'vehicl']);
    expect(small.relatedKeys('vehicl')).toEqual(['car']);
    expect(small.relatedKeys('zebra')).toEqual([]);
    expect(small.relatedKeys('unknown')).toEqual([]);
  });

  it('finds exactly the keys the relater relates, in the bundled lexicon', () => {
    const lexicon = bundled();
    const words = ['switzerland', 'poland', 'troops', 'kremlin', 'usa', 'sanctions', 'macron'].map(key);
    // Every key of the file, as the relater would be asked about an article's words.
    const keys = readFileSync(fileURLToPath(new URL(`../../../embeddings/models/${LEXICON_PATH}`, import.meta.url)), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0] as string)
      .filter((found) => found !== '' && !found.includes(' '));
    for (const word of words) {
      const relatedTo = lexicon.relater([word]);
      expect(lexicon.relatedKeys(word)).toEqual(keys.filter((found) => relatedTo(found).length > 0).sort());
    }
    expect(lexicon.relatedKeys(key('switzerland'))).toContain(key('geneva'));
  });
});
