import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('the names in the passages a "doesn\'t say" lists', () => {
  const closest = ['The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov and the US was led by Deputy Foreign Minister Wendy Sherman.'];

  it('tell what a lower-case name of the question is, so a later pronoun can stand for it', () => {
    const turns = conversation([{ question: 'how old is ryabkov', answer: closest, abstained: true }]);
    expect(resolved("what's his position", turns)).toBe("what is Sergei Ryabkov's position");
    expect(resolved('what did he say', turns)).toBe('what did Sergei Ryabkov say');
  });

  it('are no evidence: the turn keeps no sentence or passage, and no name the question did not ask about', () => {
    const [turn] = conversation([{ question: 'how old is ryabkov', answer: closest, abstained: true }]);
    expect(turn?.answerSentences).toEqual([]);
    expect(turn?.passageIds).toEqual([]);
    expect(turn?.referents.map((referent) => referent.text)).toEqual(['Sergei Ryabkov']);
    expect(resolved('what did she say', turn ? [turn] : [])).toBe('what did she say');
  });

  it('are read only from sentences that hold a word of the question', () => {
    const turns = conversation([{ question: 'how old is ryabkov', answer: ['Wendy Sherman led the US delegation.'], abstained: true }]);
    expect(turns[0]?.referents.map((referent) => referent.kind)).toEqual(['thing']);
    expect(resolved('what did she say', turns)).toBe('what did she say');
  });
});
