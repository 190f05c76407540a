import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('how much of the previous question a fragment replaces', () => {
  it('is the whole noun phrase a name only described, when the fragment is a name with its article', () => {
    const diplomats = conversation([{ question: 'what are many us diplomats saying about the proposal', answer: ['US diplomats called it unrealistic, as the OSCE did.'] }]);
    expect(resolved('and the osce?', diplomats)).toBe('what is the osce saying about the proposal');
    const delegation = conversation([{ question: 'how did the us delegation respond to the demands', answer: ['The US delegation rejected them.'] }]);
    expect(resolved('what about the osce?', delegation)).toBe('how did the osce respond to the demands');
    // A nationality describes a noun as a name does not.
    const russian = conversation([{ question: 'who led the russian delegation', answer: ['Sergei Ryabkov led it.'] }]);
    expect(resolved('and the US?', russian)).toBe('who led the US delegation');
  });

  it('takes in the earlier phrase\'s own "about …" when the fragment brings one', () => {
    const turns = conversation([{ question: "who reported ryabkov's remark about the gap", answer: ['Tass reported it.'] }]);
    expect(resolved("and sherman's remark about the open door?", turns)).toBe("who reported sherman's remark about the open door");
    const plans = conversation([{ question: 'when was the proposal on missiles sent', answer: ['It was sent in December.'] }]);
    expect(resolved('and the proposal on troops?', plans)).toBe('when was the proposal on troops sent');
  });
});
