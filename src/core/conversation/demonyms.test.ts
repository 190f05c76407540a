import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { analyseText, loadTagger, spanText } from './text-analysis.js';

await loadTagger();

const people = (text: string): string[] => {
  const analysis = analyseText(text);
  return analysis.names.filter((name) => name.kind === 'person').map((name) => spanText(analysis, name).toLowerCase());
};

describe('a nationality before a noun', () => {
  it('describes the noun and names no one', () => {
    // After a possessive the tagger calls "russian" a person; its lexicon lists it as a nationality.
    expect(people("who is Wendy Sherman's russian counterpart")).not.toContain('russian');
    expect(people('The Russian delegation met the American side.')).toEqual([]);
  });

  it('is not what a later "he" stands for', () => {
    const turns = conversation([
      {
        question: "who is Wendy Sherman's russian counterpart",
        answer: ['The head of the Russian delegation was Sergei Ryabkov and the US was led by Wendy Sherman.'],
      },
    ]);
    expect(resolveFollowUp('what did he say', turns).text).toBe('what did Sergei Ryabkov say');
  });
});
