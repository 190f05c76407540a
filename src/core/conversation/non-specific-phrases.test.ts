import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('"any progress", "no deal": phrases that name nothing a later "it" could stand for', () => {
  it('reads "it" as the thing named before, not the "any …" of the last question', () => {
    const turns = conversation([
      { question: 'How did Wendy Sherman characterize the conversation with the Russian delegation?', answer: ['Sherman called the conversation an "honest and frank discussion".'] },
      { question: 'Did she indicate any progress?', answer: ['Sherman would not, or could not, show any progress.'] },
    ]);
    expect(resolved('How did Ryabkov describe it?', turns)).toBe('How did Ryabkov describe the conversation?');
  });

  it('still reads "it" as a particular thing the last question named', () => {
    const turns = conversation([{ question: 'did russia present the proposal in december', answer: ["Moscow's security guarantee proposal was presented to the US in mid-December 2021."] }]);
    expect(resolved('who wrote it', turns)).toBe('who wrote the proposal');
  });
});
