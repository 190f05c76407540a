import { describe, expect, it } from 'vitest';
import { definedSubject, definesSubject } from './definition-cues.js';

describe('definedSubject', () => {
  it('reads what a definition question asks about, as stems', () => {
    expect(definedSubject('who is ryabkov')).toEqual(['ryabkov']);
    expect(definedSubject('what is the osce?')).toEqual(['osc']);
    expect(definedSubject("what's an earthquake")).toEqual(['earthquak']);
    expect(definedSubject('who is wendy sherman')).toEqual(['wendi', 'sherman']);
  });

  it('leaves relations, possessions and events alone', () => {
    expect(definedSubject('what is the capital of france')).toEqual([]);
    expect(definedSubject("what is wendy sherman's salary")).toEqual([]);
    expect(definedSubject('what did ryabkov say')).toEqual([]);
    expect(definedSubject('who led the us delegation')).toEqual([]);
    expect(definedSubject('what is the name of the very long proposal sent to washington')).toEqual([]);
  });
});

describe('definesSubject', () => {
  const ryabkov = definedSubject('who is ryabkov');
  const sherman = definedSubject('who is wendy sherman');
  const nato = definedSubject('what is nato');

  it('finds a copula or an apposition beside the subject', () => {
    expect(definesSubject(definedSubject('what is an earthquake'), 'An earthquake (also known as a quake) is the result of a sudden release of energy.')).toBe(1);
    expect(definesSubject(sherman, 'Wendy Sherman, head of the US delegation at the meeting in Geneva, told Russia that …')).toBe(1);
    expect(definesSubject(ryabkov, 'The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov.')).toBe(1);
    expect(definesSubject(definedSubject('who is stoltenberg'), 'Even so, NATO Secretary General Jens Stoltenberg insisted that the alliance was ready.')).toBe(1);
    expect(definesSubject(definedSubject('what is a balance sheet'), 'A balance sheet is often described as a "snapshot of a company\'s financial condition".')).toBe(1);
  });

  it('does not take a mention, a quote or an adjective for a definition', () => {
    expect(definesSubject(ryabkov, 'Reported by Tass, Sergei Ryabkov said "in our priority scale …"')).toBe(0);
    expect(definesSubject(nato, 'NATO is ready to deal with it.')).toBe(0);
    expect(definesSubject(nato, 'Even though the US is the head of NATO, decisions made must be made with other members.')).toBe(0);
    expect(definesSubject([], 'NATO is an alliance.')).toBe(0);
  });
});
