import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { analyseText, loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;
const people = (text: string): string[] => {
  const analysis = analyseText(text);
  return analysis.names.filter((name) => name.kind === 'person').map((name) => analysis.tokens.slice(name.first, name.last + 1).map((token) => token.text).join(' '));
};

describe('a surname that opens an answer sentence with a verb of saying', () => {
  it('is a person, as it is inside a sentence', () => {
    expect(people('Okafor warned that the talks could fail.')).toEqual(['Okafor']);
    expect(people('Ryabkov told reporters that the gap was big.')).toEqual(['Ryabkov']);
    expect(people('But Stoltenberg did not rule out dialogue.')).toEqual(['Stoltenberg']);
  });

  it('is no person when the opening word is a plural, a place or a word of the language', () => {
    expect(people('Officials said the talks would go on.')).toEqual([]);
    expect(people('There are three main demands.')).toEqual([]);
    expect(people('Moscow said it had no plans to invade.')).toEqual([]);
  });

  it('is what a later "he" stands for', () => {
    const turns = conversation([
      { question: 'who called the two views opposing', answer: ['Ryabkov said "we have big differences in our approach to this."'] },
    ]);
    expect(resolved('what else did he say', turns)).toBe('what else did Ryabkov say');
    expect(resolved('does he think a deal is possible', turns)).toBe('does Ryabkov think a deal is possible');
  });

  it('is written in full when the answer also gives the full name', () => {
    const turns = conversation([
      { question: 'how did the talks go', answer: ['Sherman called the talks frank.', 'Wendy Sherman led the US side.'] },
    ]);
    expect(resolved('did she show any progress', turns)).toBe('did Wendy Sherman show any progress');
  });
});
