import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('the verb of a "they" that became one name', () => {
  const threat = conversation([{ question: 'who threatened sanctions on russia', answer: ['The US threatened to impose severe sanctions on Russia.'] }]);

  it('is singular when it is a helping verb before the name', () => {
    expect(resolved('why do they care', threat)).toBe('why does the US care');
    expect(resolved('have they imposed sanctions before', threat)).toBe('has the US imposed sanctions before');
    const body = conversation([{ question: 'what is the osce', answer: ['The OSCE is a security body.'] }]);
    expect(resolved('where are they meeting russia', body)).toBe('where is the OSCE meeting russia');
    expect(resolved('were they at the first meeting', body)).toBe('was the OSCE at the first meeting');
  });

  it('is singular after the name, helping or in the present', () => {
    expect(resolved('what happens if they do impose them', threat)).toBe('what happens if the US does impose sanctions');
    expect(resolved('what if they impose sanctions', threat)).toBe('what if the US imposes sanctions');
    // A modal before the name keeps the verb bare, and two names keep it plural.
    expect(resolved('why would they impose sanctions', threat)).toBe('why would the US impose sanctions');
    expect(resolved("on which sanctions won't they move?", threat)).toBe('on which sanctions will not the US move?');
    const pair = conversation([
      { question: 'who is sherman', answer: ['Wendy Sherman led the US delegation.'] },
      { question: 'who is ryabkov', answer: ['Sergei Ryabkov led the Russian delegation.'] },
    ]);
    expect(resolved('do they know each other', pair)).toBe('do Wendy Sherman and Sergei Ryabkov know each other');
  });
});
