import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a demonstrative whose noun only an answer wrote', () => {
  const turns = conversation([
    { question: 'what did the mayor tell the union', answer: ['The mayor told the union that "nobody will touch the city\'s open-access policy, which has always been the heart of the plan."'] },
  ]);

  it('reads "that policy" as the phrase the answer wrote with that noun', () => {
    expect(resolved('whats that policy about', turns)).toBe("what is the city's open-access policy about");
    expect(resolved('who made this policy', turns)).toBe("who made the city's open-access policy");
  });

  it('keeps a phrase the question named before one the answer wrote', () => {
    const named = conversation([
      { question: 'what is the housing policy', answer: ['The housing policy caps rents.'] },
      { question: 'who opposed it', answer: ["The union opposed the city's open-access policy."] },
    ]);
    expect(resolved('who wrote that policy', named)).toBe('who wrote the housing policy');
  });

  it('stops the phrase at a preposition, and makes an indefinite phrase definite', () => {
    const withPreposition = conversation([{ question: 'who spoke first', answer: ['The head of the port authority spoke first.'] }]);
    expect(resolved('what does that authority do', withPreposition)).toBe('what does that authority do');
    const indefinite = conversation([{ question: 'what did the council offer', answer: ['The council offered a temporary parking ban near schools.'] }]);
    expect(resolved('who would enforce that ban', indefinite)).toBe('who would enforce the temporary parking ban');
  });

  it('leaves the demonstrative when the answer wrote the noun alone, adding no word to it', () => {
    const bare = conversation([{ question: 'what did the council discuss', answer: ['The council discussed restrictions.'] }]);
    expect(resolveFollowUp('who wants those restrictions', bare)).toMatchObject({ text: 'who wants those restrictions', dependence: 'standalone' });
  });
});
