import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('the US named in a question, written "the us" or "us" before a noun', () => {
  it('is a country a later pronoun can stand for, not the pronoun "us"', () => {
    const turns = conversation([{ question: 'is the us the head of the alliance', answer: ['Even though the US is the head of the alliance, decisions must be made with other members.'] }]);
    expect(resolved('so can it make decisions alone', turns)).toBe('can the US make decisions alone');
  });

  it('keeps "us officials" as a phrase "they" can stand for', () => {
    const turns = conversation([
      { question: "what do us officials think of the union's demands", answer: ["Some US officials called the union's demands unrealistic, but said they would give ground on pay."] },
    ]);
    expect(resolved('are they willing to give anything', turns)).toBe('are US officials willing to give anything');
  });
});
