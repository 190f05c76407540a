import { describe, expect, it } from 'vitest';
import { LEXICON_FORMAT, Lexicon } from './lexicon.js';
import { profileText } from './text-profile.js';
import { lexiconKeys } from './word-matching.js';

describe('lexiconKeys', () => {
  // Lines sorted by key, as the builder writes them: one stem and one word pair.
  const lexicon = Lexicon.parse([`${LEXICON_FORMAT}\t{}`, 'troop\t1\t', 'unit state\t2\t'].join('\n'));

  it('keeps the stems, then the word pairs, that the lexicon holds, and only those', () => {
    const profile = profileText('The United States sent troops; more troops followed.');
    expect([...profile.stems]).toContain('send');
    expect([...profile.pairs]).toContain('state send');
    expect(lexiconKeys(profile, lexicon)).toEqual(['troop', 'unit state']);
  });

  it('finds them once per profile and lexicon', () => {
    const profile = profileText('Troops of the United States.');
    const first = lexiconKeys(profile, lexicon);
    expect(lexiconKeys(profile, lexicon)).toBe(first);
    expect(lexiconKeys(profile, Lexicon.empty())).toEqual([]);
    expect(lexiconKeys(profile, lexicon)).toEqual(['troop', 'unit state']);
  });
});
