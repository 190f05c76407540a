import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('the "they" of a joint action', () => {
  const turns = conversation([{ question: 'who will the ilo meet', answer: ['The ILO will meet Norway in Oslo next week.'], bold: ['Norway'] }]);

  it('is both sides when the verb names no other side', () => {
    expect(resolved('will they meet again', turns)).toBe('will Norway and the ILO meet again');
  });

  it('is one side when the verb\'s object names the other side', () => {
    expect(resolved('will they meet sweden', turns)).toBe('will Norway meet sweden');
    expect(resolved('where are they meeting the eu', turns)).not.toContain(' and ');
    expect(resolved('did they meet them', turns)).not.toContain(' and ');
  });
});
