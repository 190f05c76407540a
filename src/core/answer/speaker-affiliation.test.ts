import { describe, expect, it } from 'vitest';
import { stem } from '../text/terms.js';
import { affiliatedPeople, partsWithOwnVoice } from './speaker-affiliation.js';

const side = (...words: string[]) => (term: string): boolean => words.map(stem).includes(term);
const written = (...texts: string[]) => texts.map((text) => ({ text }));

describe('affiliatedPeople', () => {
  const heads = written('The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov and the US was led by Deputy Foreign Minister Wendy Sherman.');

  it('ties each side to the person named nearest to it in a sentence with a word of role', () => {
    expect([...affiliatedPeople(side('russian', 'russia'), heads)]).toEqual([stem('ryabkov')]);
    expect([...affiliatedPeople(side('us'), heads)]).toEqual([stem('sherman')]);
    // The name before the side, in apposition.
    expect([...affiliatedPeople(side('us'), written('According to the Associated Press, Wendy Sherman, head of the US delegation, told Russia the door stays open.'))]).toEqual([stem('sherman')]);
  });

  it('ties no one without a word of role, or with the person too far from the side', () => {
    expect(affiliatedPeople(side('russia'), written('Russia and Sergei Ryabkov were in Geneva on Monday.')).size).toBe(0);
    expect(
      affiliatedPeople(side('russia'), written('Russia sent its proposal in December, and weeks of talks about many things later the head of the delegation, Sergei Ryabkov, spoke.')).size,
    ).toBe(0);
    // A capitalised word that is no known name is no person.
    expect(affiliatedPeople(side('us'), written('The US was led by the Deputy Foreign Minister.')).size).toBe(0);
  });
});

describe('partsWithOwnVoice', () => {
  const part = (...words: string[]) => (term: string): boolean => words.map(stem).includes(term);

  it('finds the parts of a side that the article gives people of their own', () => {
    const sentences = written(
      'According to the Associated Press, Wendy Sherman, head of the US delegation, told Russia the door stays open.',
      'For Moscow, Ukraine or Georgia are red lines.',
    );
    // The US, a member of NATO, has Sherman; Moscow, a part of Russia, has no one.
    expect([...partsWithOwnVoice(part('us', 'moscow'), sentences)]).toEqual([stem('us')]);
    expect(partsWithOwnVoice(part('moscow'), sentences).size).toBe(0);
  });
});
