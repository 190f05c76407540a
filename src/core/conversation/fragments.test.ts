import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('a fragment naming a person', () => {
  it('replaces whoever acted in the last question, though the tagger did not know the name ("okonkwo")', () => {
    // Nothing answered, so no answer says "okonkwo" is a person, and compromise calls it a common
    // noun: the verb of saying does.
    const turns = conversation([{ question: 'what did okonkwo say about the strike', answer: [], abstained: true }]);
    expect(resolved('and sherman?', turns)).toBe('what did sherman say about the strike');
    expect(resolved('what about wendy sherman', turns)).toBe('what did wendy sherman say about the strike');
  });

  it('leaves a subject that a determiner makes a thing or a group', () => {
    const thing = conversation([{ question: 'what did the council say about the strike', answer: [], abstained: true }]);
    expect(resolved('and sherman?', thing)).toBe('what did the council say about the strike (sherman)');
  });
});

describe('a fragment after a question whether something is mentioned', () => {
  it('asks whether the article mentions that instead, whatever the tagger makes of either name', () => {
    const unknown = conversation([{ question: 'is zelensky mentioned', answer: [], abstained: true }]);
    expect(resolved('what about putin?', unknown)).toBe('is putin mentioned');
    const request = conversation([{ question: 'does the article mention nord stream', answer: [], abstained: true }]);
    expect(resolved('what about the red line', request)).toBe('does the article mention the red line');
  });
});

describe('a new topic, then a question about it', () => {
  const turns = conversation([{ question: 'what is the ilo', answer: ['The ILO is the International Labour Organization.'] }]);

  it('reads the question\'s closing "that" or its pronoun as the topic', () => {
    expect(resolved('what about the union, who runs that', turns)).toBe('who runs the union');
    expect(resolved('how about the mayor? what did she say', turns)).toBe('what did the mayor say');
    expect(resolved('what about sherman, what was her view', turns)).toBe("what was sherman's view");
    expect(resolved('and the council, what does it want', turns)).toBe('what does the council want');
    // Chat asks with a statement and a question mark too.
    expect(resolved('and the council, they want a strike?', turns)).toBe('the council wants a strike?');
    expect(resolved('and the council, they want a strike', turns)).not.toContain('council wants');
  });

  it('finds the question without a mark after the topic when it opens with a helping verb and its pronoun', () => {
    const people = conversation([{ question: 'who is jens stoltenberg', answer: ['Jens Stoltenberg leads the alliance. He said it was ready.'] }]);
    expect(resolved('what about biden did he say anything', people)).toBe('did biden say anything');
    expect(resolved('ok what about the council does it agree', people)).toBe('does the council agree');
    // Without a pronoun after the verb, no question of its own begins there.
    expect(resolved('what about biden did say anything', people)).not.toBe('did biden say anything');
  });

  it('reads a second name for the topic as the topic, and asks the question after it', () => {
    const people = conversation([{ question: 'who is james landdale', answer: ['James Landdale is a BBC correspondent.'] }]);
    expect(resolved('And what about the head of the union, the tall gentleman, what did he say?', people)).toBe('what did the head of the union say?');
  });

  it('leaves a fragment alone, and a message whose first part names nothing', () => {
    expect(resolved('what about the union?', turns)).not.toContain(',');
    expect(resolved('ok really? who said that', turns)).not.toBe('who said really');
    // Without "and" or "what about", the first part is not taken for a topic.
    expect(resolved('the union, who runs that', turns)).not.toBe('who runs the union');
  });
});

describe('"the X one" inside a question', () => {
  it('reads "one" as the head noun of the thing the last question named', () => {
    const meetings = conversation([{ question: 'what is the third meeting', answer: ['The third meeting will be with the ILO.'] }]);
    expect(resolved('whats the date of the union one', meetings)).toBe('what is the date of the union meeting');
    const delegation = conversation([{ question: 'who led the french delegation', answer: ['The French delegation was led by Anna Berg.'] }]);
    expect(resolved('who led the german one', delegation)).toBe('who led the german delegation');
    // A fragment replaces the whole phrase, with all its words.
    const minister = conversation([{ question: 'who is the french deputy foreign minister', answer: ['The French deputy foreign minister is Anna Berg.'] }]);
    expect(resolved('and the german one', minister)).toBe('who is the german deputy foreign minister');
  });

  it('leaves "one" alone after a word that picks no kind ("the only one")', () => {
    const meetings = conversation([{ question: 'what is the third meeting', answer: ['The third meeting will be with the ILO.'] }]);
    expect(resolved('is it the only one this year', meetings)).not.toContain('only meeting');
    expect(resolved('was it the same one as last year', meetings)).not.toContain('same meeting');
  });

  it('leaves "one" alone when no earlier question named a thing', () => {
    const people = conversation([{ question: 'who is anna berg', answer: ['Anna Berg is a minister.'] }]);
    expect(resolved('who is the french one', people)).toBe('who is the french one');
  });
});

describe('a name of the kind a which-question asked for ("what about moldova?")', () => {
  it('asks whether it is one of them', () => {
    const countries = conversation([{ question: 'which countries does the union not want in the pact', answer: ['The union opposes Norway and Iceland joining.'] }]);
    expect(resolveFollowUp('what about france?', countries).text).toBe('does the union not want france in the pact');
    const attended = conversation([{ question: 'which officials attended the summit', answer: ['Ministers from ten states attended.'] }]);
    expect(resolveFollowUp('and john carter?', attended).text).toBe('did john carter attend the summit');
  });

  it('still puts a name in its counterpart\'s place after other questions', () => {
    const led = conversation([{ question: 'who led the french delegation', answer: ['The French delegation was led by Anna Berg.'] }]);
    expect(resolveFollowUp('what about germany?', led).text).not.toMatch(/^did|^does/);
  });
});

describe('a people named in the plural where a word of nationality described a noun', () => {
  it('takes the word of nationality\'s form ("the americans" → "the american side")', () => {
    const side = conversation([{ question: 'who was running the french side in geneva', answer: ['Anna Berg led the French side.'] }]);
    expect(resolved('and the germans?', side)).toBe('who was running the german side in geneva');
  });

  it('keeps the plural where the people are the subject', () => {
    const asked = conversation([{ question: 'what did the italians demand', answer: ['The Italians demanded a vote.'] }]);
    expect(resolved('and the germans?', asked)).toBe('what did the germans demand');
    const agreed = conversation([{ question: 'did the italians agree to it', answer: ['The Italians agreed.'] }]);
    expect(resolved('and the germans?', agreed)).toBe('did the germans agree to it');
  });
});

describe("a fragment that asks for someone's stance", () => {
  it('asks what that stance is, instead of putting it into the previous question', () => {
    const said = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Okonkwo said the strike would go on.'] }]);
    expect(resolved("and sherman's take?", said)).toBe("what is sherman's take");
    expect(resolved("what about the council's views", said)).toBe("what are the council's views");
    const vibe = conversation([{ question: "what's the vibe from okonkwo, is he hopeful at all?", answer: [], abstained: true }]);
    expect(resolved("ok and sherman's vibe?", vibe)).toBe("what is sherman's vibe");
  });

  it("replaces only the owner when the previous question asked for the same stance by its owner", () => {
    const position = conversation([{ question: "what is russia's position on nato", answer: ['Russia wants guarantees.'] }]);
    expect(resolved("and the us's position?", position)).toBe("what is the US's position on nato");
  });
});

describe('a fragment that names someone, then what about', () => {
  it('replaces the name and the phrase after the same preposition', () => {
    const terse = conversation([{ question: 'okonkwo quote on the strike', answer: ['Okonkwo said the strike would go on.'] }]);
    expect(resolved('and sherman on the budget?', terse)).toBe('sherman quote on the budget');
    const said = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Okonkwo said the strike would go on.'] }]);
    expect(resolved('and sherman about the budget?', said)).toBe('what did sherman say about the budget');
  });
});

describe('a person asked about by a phrase, when the answer named no one', () => {
  it('reads "he" or "she" as that phrase, by the noun it ends in before a preposition', () => {
    const guy = conversation([{ question: 'who was the russian guy in charge', answer: [], abstained: true }]);
    expect(resolved('what did he say', guy)).toBe('what did the russian guy in charge say');
    const lady = conversation([{ question: 'who was the american lady', answer: [], abstained: true }]);
    expect(resolved('what did she say', lady)).toBe('what did the american lady say');
    // A lady is no "he"; a plural names no one person.
    expect(resolved('what did he say', lady)).toBe('what did he say');
    const many = conversation([{ question: 'who were the russian officials', answer: [], abstained: true }]);
    expect(resolved('what did he say', many)).toBe('what did he say');
    // A topic named before a question lends the phrase only to that question's pronoun: after an
    // answer naming the person, "he" is that person.
    const named = conversation([
      { question: 'who led the french delegation', answer: ['The French delegation was led by Anna Berg.'] },
      { question: 'going back to the french guy, what did he say about the plan?', answer: ['Paul Roux said the plan was fair.'] },
    ]);
    expect(resolved('and what did he say was possible', named)).toBe('what did Paul Roux say was possible');
    // Only a description with its article: chat's "so diplomat" names no one.
    const aside = conversation([{ question: 'lol so diplomat. the russian guy say anything hopeful', answer: [], abstained: true }]);
    expect(resolved('where did he say that', aside)).toContain('the russian guy');
  });
});
