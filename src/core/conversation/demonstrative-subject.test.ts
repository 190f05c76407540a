import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a bare "that" before a verb the tagger read as a noun', () => {
  const turns = conversation([
    { question: 'what is the first demand', answer: ['The two demands are, quotas are cut in the north, including Tromso and Bodo, and ports stay open.'] },
  ]);

  it('points at the previous exchange ("does that cover", "did that change")', () => {
    expect(resolved('which towns does that cover', turns)).toBe('which towns does that (the first demand) cover');
    expect(resolved('what did that change', turns)).toBe('what did that (the first demand) change');
  });

  it('leaves "that" with its own noun before the verb ("does that policy cover")', () => {
    expect(resolved('which towns does that policy cover', turns)).not.toContain('(');
  });
});

describe('a bare "that" after a yes/no question or a who-question, as a statement', () => {
  it('puts the helping verb of a yes/no question back after its subject', () => {
    // (An answer that reports no speech: one that does is asked about itself, source-follow-up.ts.)
    const turns = conversation([{ question: 'can norway back down on its demands', answer: ['The demands are ones Norway cannot avoid.'] }]);
    expect(resolved('who said that', turns)).toBe('who said that (norway can back down on its demands)');
  });

  it('names the country or body a who-question was answered with', () => {
    const turns = conversation([{ question: 'who wants sweden kept out of the union', answer: ['Norway just wants guarantees against the union.'] }]);
    expect(resolved('how did the eu respond to that', turns)).toBe('how did the eu respond to that (Norway wants sweden kept out of the union)');
  });

  it('names the thing a "who is in …" question asked about, without its preposition', () => {
    const turns = conversation([{ question: 'who is in the second round', answer: ['The second round will bring Norway together with the EU.'] }]);
    expect(resolved('where will that be held', turns)).toBe('where will that (the second round) be held');
  });
});

describe('a bare "that" before a modal, after what a "be" question says of its subject', () => {
  const turns = conversation([{ question: 'what did the council decide about the quotas', answer: ['The council said the quotas would be cut in the north.'] }]);

  it('is the subject of the modal, and points at the previous exchange', () => {
    expect(resolved('what are ppl scared that could lead to', turns)).toBe('what are people scared that (the council decided about the quotas) could lead to');
    expect(resolved('are the fishermen worried that might happen', turns)).toBe('are the fishermen worried that (the council decided about the quotas) might happen');
    expect(resolved('is the mayor sure that will work', turns)).toBe('is the mayor sure that (the council decided about the quotas) will work');
    expect(resolved('are the unions happy that could change', turns)).toBe('are the unions happy that (the council decided about the quotas) could change');
  });

  it('leaves a relative "that" right after the participle, and a "that" with its own subject', () => {
    expect(resolved('what was said that could help', turns)).toBe('what was said that could help');
    expect(resolved('are the fishermen worried that the council might cut them', turns)).not.toContain('(');
  });
});
