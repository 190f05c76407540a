import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a fragment naming a person', () => {
  it('replaces whoever acted in the last question, though the tagger did not know the name ("okonkwo")', () => {
    // Nothing answered, so no answer says "okonkwo" is a person, and compromise calls it a common
    // noun: the verb of saying does.
    const turns = conversation([{ question: 'what did okonkwo say about the strike', answer: [], abstained: true }]);
    expect(resolved('and sherman?', turns)).toBe('what did sherman say about the strike');
    expect(resolved('what about wendy sherman', turns)).toBe('what did wendy sherman say about the strike');
  });

  it('leaves a subject that a determiner makes a thing or a group', () => {
    const thing = conversation([{ question: 'what did the council say about the strike', answer: [], abstained: true }]);
    expect(resolved('and sherman?', thing)).toBe('what did the council say about the strike (sherman)');
  });
});
