import { describe, expect, it } from 'vitest';
import { severalOf } from './each-of-several.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('"each delegation", "every member": all of them for a later "they" or "them"', () => {
  it('writes the phrase in the plural, keeping the words that describe it', () => {
    expect(severalOf('each delegation')).toBe('the delegations');
    expect(severalOf('every single member')).toBe('the members');
    expect(severalOf('each norwegian party')).toBe('the norwegian parties');
    expect(severalOf('each side')).toBe('the sides');
    expect(severalOf('the delegation')).toBeUndefined();
    expect(severalOf('each other')).toBeUndefined();
    expect(severalOf('each one')).toBeUndefined();
  });

  it('reads "them" as the delegations, not the people a "how many" question counted', () => {
    const turns = conversation([
      { question: 'how many people were on each delegation', answer: ['The talks between the two teams lasted nearly six hours.'] },
    ]);
    expect(resolved('who headed them', turns)).toBe('who headed the delegations');
    expect(resolved('where did they meet', turns)).toBe('where did the delegations meet');
  });
});
