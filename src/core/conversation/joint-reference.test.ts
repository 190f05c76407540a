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

  it('is both sides past an adverb and an "-ing" form the tagger takes for a noun', () => {
    expect(resolved('i thought they were still negotiating', turns)).toBe('i thought Norway and the ILO were still negotiating');
    // The question's own word for the act is no meeting to read "they" as.
    const talks = conversation([{ question: 'were they negotiating in oslo', answer: ['The negotiating took place in Oslo.'] }]);
    expect(resolved('are they still negotiating', talks)).not.toMatch(/negotiating (?:is|are) still/i);
  });

  it('is one side when the verb\'s object names the other side', () => {
    expect(resolved('will they meet sweden', turns)).toBe('will Norway meet sweden');
    expect(resolved('where are they meeting the eu', turns)).not.toContain(' and ');
    expect(resolved('did they meet them', turns)).not.toContain(' and ');
  });
});

describe('"those two countries", "both sides", "these 2 men"', () => {
  const sides = conversation([{ question: 'who will the ilo meet', answer: ['The ILO will meet Norway in Oslo next week.'], bold: ['Norway'] }]);

  it('are the two sides the conversation named, for a noun of sides or none', () => {
    expect(resolved('where will both sides meet', sides)).toBe('where will Norway and the ILO meet');
    expect(resolved('what do those two want', sides)).toBe('what do Norway and the ILO want');
    expect(resolved("what are those two parties' demands", sides)).toBe("what are Norway and the ILO's demands");
  });

  it('are two countries for a noun of countries, those the questions named first', () => {
    const countries = conversation([
      { question: 'which nordic country besides sweden did the ilo name', answer: ['The ILO named Norway.'], bold: ['Norway'] },
      { question: 'has norway joined the ilo', answer: ['Denmark says Norway joined the ILO in 1919.'] },
    ]);
    expect(resolved('what do these two countries want', countries)).toBe('what do Norway and sweden want');
    // A country and an organisation are no two countries.
    expect(resolved('what do those two countries want', sides)).toBe('what do the two countries want');
  });

  const people = conversation([
    { question: 'who led the norwegian team', answer: ['The Norwegian team was led by Ingrid Holm.'], bold: ['Ingrid Holm'] },
    { question: 'and the ilo team', answer: ['The ILO sent its director, Paul Okafor.'], bold: ['Paul Okafor'] },
  ]);

  it('are, for "those two" alone, the two names an answer gave for a question that asked for several', () => {
    const asked = conversation([{ question: 'which nordic states does the ilo want to join', answer: ['This includes Norway, and the ILO also named Finland.'] }]);
    expect(resolved('what do those two say', asked)).toBe('what do Norway and Finland say');
    // "what does …" asks for no several things.
    const wants = conversation([{ question: 'what does norway want from the ilo', answer: ['Norway wants Finland and Sweden to back it.'] }]);
    expect(resolved('what do those two say', wants)).not.toContain('Finland and Sweden');
  });

  it('are the two people for a noun of people', () => {
    expect(resolved('what did these 2 men say', people)).toBe('what did Ingrid Holm and Paul Okafor say');
  });

  it('are "the two …" when no pair was named, never the last exchange as a whole', () => {
    const one = conversation([{ question: 'who did norway send', answer: ['Norway sent a delegation to Oslo.'] }]);
    expect(resolved('what do those two countries want', one)).toBe('what do the two countries want');
    expect(resolved('why were those two demands rejected', one)).toBe('why were those two demands rejected');
  });

  it('leave "both" alone without a noun of people or sides', () => {
    expect(resolved('do both want a deal', sides)).toBe('do both want a deal');
  });
});

describe('two people named one after the other', () => {
  const people = conversation([
    { question: 'who is merkel', answer: ['Angela Merkel, the chancellor, met Emmanuel Macron.'], bold: ['Emmanuel Macron'] },
    { question: 'and macron?', answer: ['Emmanuel Macron, the president, met the chancellor.'] },
  ]);

  it('are the two asked about by "who is", whomever the answers named', () => {
    expect(resolved('did they both speak?', people)).toBe('did Angela Merkel and Emmanuel Macron both speak?');
  });

  it('are put as "either … or", "neither … nor", "both … and" after "of them"', () => {
    expect(resolved('did either of them speak', people)).toBe('did either Angela Merkel or Emmanuel Macron speak');
    expect(resolved('did neither of them speak', people)).toBe('did neither Angela Merkel nor Emmanuel Macron speak');
    expect(resolved('do the two of them agree', people)).toBe('do Angela Merkel and Emmanuel Macron agree');
  });
});

describe('a follow-up that is only what is said of something', () => {
  it('is asked of the pair for "same" or "both"', () => {
    const people = conversation([
      { question: 'who is merkel', answer: ['Angela Merkel is the chancellor.'] },
      { question: 'and macron?', answer: ['Emmanuel Macron is the president.'] },
    ]);
    expect(resolved('same rank?', people)).toBe('are Angela Merkel and Emmanuel Macron the same rank?');
    expect(resolved('both same rank?', people)).toBe('are Angela Merkel and Emmanuel Macron both the same rank?');
  });

  it('is asked of the thing the last question named', () => {
    const things = conversation([{ question: 'why does norway want guarantees', answer: ['Norway wants guarantees under the law.'] }]);
    expect(resolved('legally binding?', things)).toBe('are guarantees legally binding?');
    expect(resolved('still negotiable?', things)).toBe('are guarantees still negotiable?');
  });

  it('asks an -ing form of whoever acts, not of the thing the last question named', () => {
    const met = conversation([{ question: 'did norway and sweden meet in oslo?', answer: ['Norway and Sweden met in Oslo on Monday.'] }]);
    expect(resolved('still negotiating?', met)).toBe('are Norway and Sweden still negotiating?');
  });

  it('asks a verb phrase in the past of the person or thing the conversation was about', () => {
    const talks = conversation([{ question: 'the oslo talks lasted about 12 hours?', answer: ['The talks lasted nearly eight hours.'] }]);
    expect(resolved('started at 9am?', talks)).toBe('the oslo talks started at 9am?');
    const person = conversation([{ question: 'what did anna berg say about the budget', answer: ['Anna Berg said the budget was tight.'] }]);
    expect(resolved('met the mayor?', person)).toBe('Anna Berg met the mayor?');
    // A question of its own, a helping verb or a long phrase is not such a fragment.
    expect(resolved('started at nine in the morning local time?', talks)).not.toMatch(/^the oslo talks started/);
    expect(resolved('did they start at 9am?', talks)).not.toMatch(/^they/);
  });

  it('leaves a check on the last answer, a name and a question without its mark', () => {
    const things = conversation([{ question: 'why does norway want guarantees', answer: ['Norway wants guarantees under the law.'] }]);
    expect(resolved('confirmed?', things)).toBe('why does norway want guarantees');
    expect(resolved('legally binding', things)).toBe('legally binding');
    expect(resolved('norway?', things)).not.toContain('are guarantees');
  });
});

describe('"they both" with no pair named', () => {
  it('is left as asked, never one side', () => {
    const one = conversation([{ question: 'what does norway want', answer: ['Norway wants guarantees.'] }]);
    expect(resolved('do they both agree on something?', one)).toBe('do they both agree on something?');
  });
});
