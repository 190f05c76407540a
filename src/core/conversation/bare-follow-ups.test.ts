import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a request for examples or specifics', () => {
  const turns = conversation([
    { question: 'what are the officials willing to give up', answer: ['Some officials said they would accept limits on night flights and on new runways.'] },
  ]);

  it('asks the previous question again, whose answer holds the specifics', () => {
    for (const request of ['like what exactly', 'like what?', 'such as?', 'for example?', 'examples?', 'any examples', 'e.g.?', 'what exactly?', 'which ones?']) {
      expect(resolveFollowUp(request, turns)).toMatchObject({ text: 'what are the officials willing to give up', dependence: 'resolved' });
    }
    expect(resolved('ok, for instance?', turns)).toBe('what are the officials willing to give up');
  });

  it('leaves a question that only opens with those words, and a bare "what?"', () => {
    expect(resolved('like what did they say', turns)).not.toBe('what are the officials willing to give up');
    expect(resolved('what?', turns)).toBe('what?');
  });
});
