import { describe, expect, it } from 'vitest';
import { TermStatistics } from '../answer/term-statistics.js';
import { normalizeTerm, stem } from '../text/terms.js';
import { matchHyphenation } from './hyphenated-words.js';

/** Statistics of a small corpus holding these words (as the keyword index stems them). */
function corpusOf(...words: string[]): TermStatistics {
  return TermStatistics.fromDocumentFrequencies(new Map(words.map((word) => [stem(normalizeTerm(word)), 2])), 20);
}

describe('matchHyphenation', () => {
  const corpus = corpusOf('Radnor-Wayne', 'high', 'school', 'mid-December', 'three', 'stage', 'meeting', 'Russian', 'led');

  it('joins two words the corpus writes as one hyphenated term, keeping their case', () => {
    expect(matchHyphenation('where is radnor wayne high school', corpus)).toBe('where is radnor-wayne high school');
    expect(matchHyphenation('Radnor Wayne?', corpus)).toBe('Radnor-Wayne?');
    expect(matchHyphenation('did they meet in mid december', corpus)).toBe('did they meet in mid-december');
  });

  it('splits a hyphenated word the corpus never writes when it writes each part', () => {
    expect(matchHyphenation('was it a three-stage meeting', corpus)).toBe('was it a three stage meeting');
    expect(matchHyphenation('the Russian-led talks', corpus)).toBe('the Russian led talks');
  });

  it('leaves alone what the corpus writes as the question does, and names it does not know', () => {
    expect(matchHyphenation('who went to radnor-wayne', corpus)).toBe('who went to radnor-wayne');
    expect(matchHyphenation('where is Wessel-Datteln', corpus)).toBe('where is Wessel-Datteln');
    expect(matchHyphenation('how high is the school', corpus)).toBe('how high is the school');
  });

  it('does not join words the corpus also writes on their own, nor function words', () => {
    const health = corpusOf('health-care', 'health', 'care', 'play-in', 'play');
    // Other passages write "health care" as two words: joined, the question would miss them.
    expect(matchHyphenation('who pays for health care', health)).toBe('who pays for health care');
    expect(matchHyphenation('did they play in geneva', health)).toBe('did they play in geneva');
  });

  it('does not join a word that is already part of a hyphenated word', () => {
    // "wayne" is joined to "x" by a hyphen, so "radnor wayne" is not a pair of words here.
    expect(matchHyphenation('radnor wayne-x', corpus)).toBe('radnor wayne-x');
  });

  it('joins every pair in a question, from the left', () => {
    expect(matchHyphenation('radnor wayne or radnor wayne', corpus)).toBe('radnor-wayne or radnor-wayne');
  });
});
