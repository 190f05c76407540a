import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { DefinedAbbreviations } from './defined-abbreviations.js';

/** Passages of these texts, as the index holds them (only their text is read). */
function passages(...texts: string[]): Passage[] {
  return texts.map((text, index) => ({ id: `p${index}`, docId: 'd', docTitle: 'T', docSource: 't.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length }) as Passage);
}

const ARTICLE = passages(
  'The United States (US) and Russia will hold talks. The US delegation was led by Wendy Sherman.',
  'The US threatened sanctions. Russia also met the Organization for Security and Co-operation in Europe (OSCE).',
  'Later the US and its allies met again.',
);

describe('DefinedAbbreviations', () => {
  it('writes a long name as the abbreviation the corpus defines for it and then uses', () => {
    const abbreviations = new DefinedAbbreviations(ARTICLE);
    expect(abbreviations.written('who led the united states delegation')).toBe('who led the US delegation');
    expect(abbreviations.written('What did the United States threaten?')).toBe('What did the US threaten?');
  });

  it('leaves a name the corpus writes in full as often as short, and one it defines in the question itself', () => {
    const abbreviations = new DefinedAbbreviations(ARTICLE);
    // The OSCE is named once, in its definition: nothing says the corpus prefers the letters.
    expect(abbreviations.written('what did the organization for security and cooperation in europe do')).toBe('what did the organization for security and cooperation in europe do');
    expect(abbreviations.written('what did the United States (US) say')).toBe('what did the United States (US) say');
    // A word that only begins the name is no match.
    expect(abbreviations.written('the united statesman')).toBe('the united statesman');
  });

  it('needs the initials to spell the abbreviation, and longer names to go first', () => {
    const survey = new DefinedAbbreviations(
      passages('The United States Geological Survey (USGS) measured it. The USGS said so, and the USGS said more. The United States (US) and the US and the US.'),
    );
    expect(survey.written('what did the united states geological survey show')).toBe('what did the USGS show');
    expect(survey.written('what did the united states say')).toBe('what did the US say');
    // "Europe (EU)" spells nothing: one word, and not the name's initials.
    expect(new DefinedAbbreviations(passages('Talks in Western Europe (EU) and the EU and the EU.')).written('western europe')).toBe('western europe');
  });
});
