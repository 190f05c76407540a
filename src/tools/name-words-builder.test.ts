import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { PERSON_WORDS, PLACE_WORDS, ROLE_WORDS } from '../core/text/name-words.js';
import { nameWordsModule, wordsTagged, type TaggedLexicon } from './name-words-builder.js';

const lexicon = (nlp.model() as { one: { lexicon: TaggedLexicon } }).one.lexicon;

describe('name words from compromise', () => {
  it('the committed module is exactly what the builder makes from the installed compromise', () => {
    const committed = readFileSync(new URL('../core/text/name-words.ts', import.meta.url), 'utf8');
    expect(nameWordsModule(lexicon, nlp.version)).toBe(committed);
  });

  it('holds the names, roles and places the answerer asks for', () => {
    const person = new Set(PERSON_WORDS.split('|'));
    const role = new Set(ROLE_WORDS.split('|'));
    const place = new Set(PLACE_WORDS.split('|'));
    for (const word of ['wendy', 'sergei', 'sherman', 'mr']) expect(person.has(word), word).toBe(true);
    for (const word of ['minister', 'president', 'secretary']) expect(role.has(word), word).toBe(true);
    for (const word of ['geneva', 'ukraine', 'europe', 'new york']) expect(place.has(word), word).toBe(true);
    for (const word of ['nato', 'troops', 'the']) expect(person.has(word) || place.has(word), word).toBe(false);
  });

  it('gathers the entries of any of the given tags, sorted', () => {
    expect(wordsTagged({ paris: 'City', bob: ['MaleName', 'ProperNoun'], run: 'Infinitive', anna: 'FemaleName' }, ['MaleName', 'FemaleName'])).toEqual(['anna', 'bob']);
  });
});
