import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('an adjective the tagger ran on after a noun is not part of the referent', () => {
  it('reads "them" as the demands, not "the demands unrealistic"', () => {
    const turns = conversation([{ question: "who called norway's demands unrealistic", answer: ["Some EU officials deemed the demands in Norway's proposal unrealistic."] }]);
    expect(turns[0]?.referents[0]?.text).toBe("norway's demands");
    expect(resolved('what will the eu do with them', turns)).toBe("what will the eu do with norway's demands");
  });

  it('reads "they" as the people a question said were nervous, without "nervous"', () => {
    const turns = conversation([{ question: 'why are the swedes nervous about the troops', answer: ['Nobody has offered a way out of the standoff.'] }]);
    expect(resolved('are they right', turns)).toBe('are the swedes right');
  });
});
