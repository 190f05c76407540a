import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('the kind of answer alone', () => {
  const started = conversation([{ question: 'when did the summit start', answer: ['The summit began on a Tuesday morning.'] }]);
  const held = conversation([{ question: 'where was the summit held', answer: ['The summit was held in Oslo.'] }]);

  it('asks the last question again for that kind, as "what date?" does', () => {
    expect(resolved('date?', started)).toBe('what date did the summit start');
    expect(resolved('the exact time?', started)).toBe('what time did the summit start');
    expect(resolved('and the date?', held)).toBe('what date was the summit held');
    expect(resolved('location?', started)).toBe('where did the summit start');
    expect(resolved('reason?', started)).toBe('why did the summit start');
  });

  it('leaves a noun that is no kind of answer, and a kind inside a longer message', () => {
    expect(resolved('dates?', started)).not.toBe('what dates did the summit start');
    expect(resolved('the date of the vote?', started)).not.toContain('what date');
  });
});

describe('a question asked with "what" and a noun the tagger reads as a verb', () => {
  it('is asked again with another question word in its place', () => {
    const turns = conversation([{ question: 'what date were the talks held', answer: ['The talks were held on 4 May.'] }]);
    expect(resolved('where?', turns)).toBe('where were the talks held');
  });
});

describe('chat\'s "n" and "&" for "and"', () => {
  it('opens a fragment as "and" does', () => {
    const turns = conversation([{ question: 'did the council agree to limit ships', answer: ['The council agreed to limit ships in the bay.'] }]);
    expect(resolveFollowUp('n boats?', turns)).toMatchObject({ text: 'did the council agree to limit the boats', dependence: 'resolved' });
    expect(resolved('& boats?', turns)).toBe('did the council agree to limit the boats');
  });

  it('reads a plural alone as the noun the tagger takes for a verb', () => {
    const turns = conversation([{ question: 'did the council agree to limit ships', answer: ['The council agreed to limit ships in the bay.'] }]);
    expect(resolved('and boats?', turns)).toBe('did the council agree to limit the boats');
  });

  it('leaves a question that only begins with the letter', () => {
    const turns = conversation([{ question: 'who won the vote', answer: ['Norway won the vote.'] }]);
    expect(resolved('nothing else?', turns)).not.toMatch(/^othing/);
  });
});

describe('a thing in the plural', () => {
  it('replaces the plural thing of the last question, not a name before it', () => {
    const turns = conversation([{ question: 'did the US agree to limit troops', answer: ['Officials said they were open to limits.'] }]);
    expect(resolved('and missiles?', turns)).toBe('did the US agree to limit missiles');
  });

  it('replaces a thing, not the person the question named, and a noun for people the person', () => {
    const turns = conversation([
      { question: 'who chairs the council', answer: ['The council is chaired by Anna Berg.'], bold: ['Anna Berg'] },
      { question: 'what did she say about the budget', answer: ['Anna Berg said the budget would shrink.'] },
    ]);
    expect(resolved('and taxes?', turns)).toBe('what did Anna Berg say about the taxes');
    expect(resolved('and the mayor?', turns)).toBe('what did the mayor say about the budget');
    expect(resolved('and other officials?', turns)).toBe('what did other officials say about the budget');
  });

  it('goes by the fragment\'s head noun, not by a plural after it', () => {
    const turns = conversation([{ question: 'when was the proposal on missiles sent', answer: ['It was sent in December.'] }]);
    expect(resolved('and the proposal on troops?', turns)).toBe('when was the proposal on troops sent');
  });
});

describe('a progressive the tagger reads as a noun', () => {
  it('makes the name before it the one who acts, whom a later "they" stands for', () => {
    const turns = conversation([
      { question: 'is norway planning to leave the union', answer: ['Norway denies any plan to leave.', 'The union has asked Norway to stay.'] },
    ]);
    expect(resolved('what do they want then', turns)).toBe('what does Norway want');
  });
});

describe('chat\'s "its" for "it\'s"', () => {
  it('is read as "it is" where no possessive can stand', () => {
    const turns = conversation([{ question: 'did the two sides reach a deal', answer: ['Neither side offered a way out of the deadlock.'] }]);
    expect(resolved('so its a deadlock?', turns)).not.toMatch(/'s a deadlock/);
    expect(resolved('so its a deadlock?', turns)).toMatch(/\bis a deadlock\?$/);
  });
});

describe('an ordinal alone', () => {
  it('changes the ordinal the last question asked with, with or without "and" or "the"', () => {
    const turns = conversation([{ question: 'what is the second round of the vote', answer: ['The second and third rounds are in June.'] }]);
    expect(resolved('third?', turns)).toBe('what is the third round of the vote');
    expect(resolved('the last one', turns)).toBe('what is the last round of the vote');
  });

  it('picks from the list of the last answer without its article, and again after a pick', () => {
    const listed = 'The three conditions are, the army leaves the border, the bank reopens and the port stays open.';
    const turns = conversation([
      { question: 'what are the three conditions', answer: [listed] },
      { question: 'third?', answer: [listed] },
    ]);
    expect(turns[1]?.resolvedQuestion).toContain('the port stays open');
    expect(resolved('the 2nd one', turns)).toContain('the bank reopens');
    expect(resolved('2nd one', turns)).not.toContain('the port stays open');
  });
});

describe('"who else", "where else", "anyone else"', () => {
  const turns = conversation([{ question: 'who led the northern delegation', answer: ['The northern delegation was led by Anna Berg.'] }]);

  it('asks the last question again for what its answer did not give', () => {
    for (const asked of ['who else', 'who else?', 'and who else', 'anyone else?', 'anybody else']) {
      expect(resolveFollowUp(asked, turns)).toMatchObject({ text: 'who led the northern delegation', dependence: 'resolved', alreadyShown: ['The northern delegation was led by Anna Berg.'] });
    }
  });

  it('is not "tell me more" about the person the answer named', () => {
    expect(resolved('who else', turns)).not.toMatch(/tell me more/);
    expect(resolved('tell me more', turns)).toMatch(/Anna Berg/);
  });
});

describe('the question word last, after "be"', () => {
  it('is read in the usual order, so another question word can take its place', () => {
    const turns = conversation([{ question: 'summit was where', answer: ['The summit was held in Oslo.'] }]);
    expect(resolved('when?', turns)).toBe('when was summit');
    expect(resolved('what day of the week', turns)).toBe('what day of the week was summit');
  });

  it('leaves a question that opens with its question word', () => {
    const turns = conversation([{ question: 'who said the summit was where', answer: ['The mayor said so.'] }]);
    expect(resolved('when?', turns)).not.toMatch(/^when (?:was|is) /);
  });
});

describe('"which ones" after a yes/no question with "any"', () => {
  it('asks which of them, as the subject or the object', () => {
    const officials = conversation([{ question: 'did any city officials think the plan was too costly', answer: ['Some city officials called the plan too costly.'] }]);
    expect(resolved('which ones', officials)).toBe('which city officials thought the plan was too costly');
    expect(resolved('who?', officials)).toBe('which city officials thought the plan was too costly');
    const guarantees = conversation([{ question: 'did norway get any guarantees from the union', answer: ['Norway was promised access to the market.'] }]);
    expect(resolved('which?', guarantees)).toBe('which guarantees did norway get from the union');
  });

  it('leaves "who" for a thing, and a question without "any"', () => {
    const guarantees = conversation([{ question: 'did norway get any guarantees from the union', answer: ['Norway was promised access to the market.'] }]);
    expect(resolved('who?', guarantees)).not.toMatch(/^which guarantees/);
    const plain = conversation([{ question: 'did the officials think the plan was too costly', answer: ['Some officials called the plan too costly.'] }]);
    expect(resolved('which ones', plain)).not.toMatch(/^which officials thought/);
  });
});

describe('a question word alone after "who said that"', () => {
  it('asks about what the exchange before the source question was about', () => {
    const turns = conversation([
      { question: 'who reported that the vote started at noon', answer: ['Reported by the Herald, the vote began at noon.'], bold: ['the Herald'] },
      { question: 'according to who', answer: ['Reported by the Herald, the vote began at noon.'] },
    ]);
    expect(turns[1]?.resolvedQuestion).toMatch(/^who said: /);
    expect(resolved('how long', turns)).not.toMatch(/said the vote began/);
    expect(resolved('how long', turns)).toMatch(/reported that the vote started at noon/);
  });
});

describe('"that" after "what else did she say"', () => {
  it('is what she said, never "the else"', () => {
    const turns = conversation([
      { question: 'what did anna berg say', answer: ['Anna Berg said the budget would shrink.'] },
      { question: 'what else did she say', answer: ['Anna Berg said taxes would rise.'] },
    ]);
    expect(resolved('what does that mean', turns)).not.toMatch(/\belse\b/);
    expect(resolved('what does that mean', turns)).toMatch(/^what does that \(.*said\) mean$/);
  });
});

describe('an opener that leaves the topic', () => {
  const turns = conversation([{ question: 'what did the mayor reject', answer: ['The mayor rejected the port plan.'] }]);

  it('asks the question as it stands, its "this" and "he" not read from the exchange', () => {
    for (const asked of ["ok different question: what's the bay got to do with any of this", 'unrelated but what did he say about taxes', 'new topic - why does it matter']) {
      expect(resolveFollowUp(asked, turns), asked).toMatchObject({ text: asked, dependence: 'standalone' });
    }
  });

  it('leaves "another question" and "one more question", which may go on with the topic', () => {
    expect(resolved('another question: why did he reject it', turns)).not.toBe('why did he reject it');
  });
});

describe('a request for the words as said', () => {
  it('asks the last question again, whose answer quotes them', () => {
    const turns = conversation([{ question: 'what did the mayor say about the port', answer: ['The mayor said "the port will stay open".'] }]);
    for (const asked of ['exact quote?', 'the exact words', 'word for word?', 'full quote', 'in his own words']) {
      expect(resolved(asked, turns), asked).toBe('what did the mayor say about the port');
    }
  });
});

describe('"it" in a how-long question', () => {
  it('is an event, whatever the verb, never the place that answered', () => {
    const turns = conversation([{ question: 'where was the summit', answer: ['The summit was held in Oslo.'], bold: ['Oslo'] }]);
    expect(resolved('how long did it go', turns)).toBe('how long did the summit go');
    expect(resolved('how long was it', turns)).toBe('how long was the summit');
    // With no event named, "it" is left as asked (it had become "how long did Oslo go").
    const met = conversation([{ question: 'where did they meet', answer: ['They met in Oslo on Monday.'], bold: ['Oslo'] }]);
    expect(resolved('how long did it go', met)).not.toContain('Oslo');
    expect(resolved('how long was it', met)).not.toContain('Oslo');
  });
});

describe('a verb alone', () => {
  it('takes the place of the verb the last question asked with "did"', () => {
    const started = conversation([{ question: 'what time did the oslo talks start', answer: ['The talks began at noon.'] }]);
    expect(resolved('and end?', started)).toBe('what time did the oslo talks end');
    const sent = conversation([{ question: 'when did norway send the letter', answer: ['Norway sent it in May.'] }]);
    expect(resolved('and publish?', sent)).toBe('when did norway publish the letter');
  });

  it('leaves a fragment that names a thing', () => {
    const sent = conversation([{ question: 'when did norway send the letter', answer: ['Norway sent it in May.'] }]);
    expect(resolved('and the reply?', sent)).not.toMatch(/norway reply/);
  });
});

describe('a phrase the tagger opens with a preposition of place', () => {
  it('is the place, never "near ukraine", for a later "it"', () => {
    const turns = conversation([{ question: 'how many ships does norway have near iceland', answer: ['Norway has about 40 ships near Iceland.'] }]);
    expect(resolved('what did the council say about it', turns)).not.toMatch(/about near/);
  });
});

describe('"how many X was it again"', () => {
  it('asks for the count, its "it" standing for nothing the conversation named', () => {
    const turns = conversation([{ question: 'why does the council see the fleet as a threat', answer: ['The council sees the fleet near the coast as a threat.'] }]);
    expect(resolved('how many ships was it again', turns)).toBe('how many ships was it again');
  });
});
