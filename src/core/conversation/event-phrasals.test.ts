import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('"it" or "they" of a phrasal verb of events ("go on", "kick off")', () => {
  // A who-question's answer comes first for "they": here it must not.
  const turns = conversation([{ question: 'who was at the talks', answer: ['Norway and Sweden were at the talks in Oslo.'], bold: ['Norway'] }]);

  it('is the event, never a country or body the answer named', () => {
    expect(resolved('how long did they go on for', turns)).toBe('how long did the talks go on for');
    expect(resolved('when did they kick off', turns)).toBe('when did the talks kick off');
  });
});

describe('a meeting phrase the tagger misreads ("the geneva talks start")', () => {
  it('is what the question was about, so "they" can stand for it', () => {
    const turns = conversation([{ question: 'when did the oslo talks start', answer: ['On Monday, the Norwegian delegation met the Swedish delegation in Oslo.'] }]);
    expect(resolved('how long did they go on for', turns)).toBe('how long did the oslo talks go on for');
    expect(resolved('how long did they last', turns)).toBe('how long did the oslo talks last');
  });
});
