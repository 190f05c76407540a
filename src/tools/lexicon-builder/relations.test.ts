import { describe, expect, it } from 'vitest';
import { PARTICLES } from '../../core/text/particles.js';
import { lemmaKey } from './relations.js';

describe('lemmaKey', () => {
  it('keys a lemma by its words normalised and stemmed', () => {
    expect(lemmaKey('United_States', 2)).toBe('unit state');
    expect(lemmaKey('troops', 2)).toBe('troop');
  });

  it('keeps a phrasal verb whose particle is a stopword, when particles are allowed', () => {
    expect(lemmaKey('turn_down', 2, PARTICLES)).toBe('turn down');
    expect(lemmaKey('kick_off', 2, PARTICLES)).toBe('kick off');
    expect(lemmaKey('turn_down', 2)).toBeUndefined();
  });

  it('leaves out other stopwords, a particle first, non-letters and long lemmas', () => {
    expect(lemmaKey('out_of', 2, PARTICLES)).toBeUndefined();
    expect(lemmaKey('up_front', 2, PARTICLES)).toBeUndefined();
    expect(lemmaKey('state_of_the_art', 2, PARTICLES)).toBeUndefined();
    expect(lemmaKey('go_through_with', 2, PARTICLES)).toBeUndefined();
    expect(lemmaKey('B-52', 2, PARTICLES)).toBeUndefined();
  });
});
