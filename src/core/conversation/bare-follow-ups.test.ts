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

describe('"how many?" alone', () => {
  it('counts the noun the last question asked about', () => {
    const turns = conversation([{ question: 'what sanctions did the council threaten', answer: ['The council threatened fines and licence bans.'] }]);
    expect(resolved('how many?', turns)).toBe('how many sanctions did the council threaten');
  });

  it('counts a plural after the verb, taken out of its place', () => {
    const turns = conversation([{ question: 'where did norway send its ships', answer: ['Norway sent its ships to the northern coast.'] }]);
    expect(resolved('how many', turns)).toBe('how many ships did norway send');
    expect(resolved('and how many?', turns)).toBe('how many ships did norway send');
    // The tagger calls "troops" uncountable; it is counted all the same.
    const troops = conversation([{ question: 'where did norway put its troops', answer: ['Norway put its troops near the northern border.'] }]);
    expect(resolved('how many', troops)).toBe('how many troops did norway put');
  });

  it('counts a plural subject, with the tense "did" carried', () => {
    const turns = conversation([{ question: 'when did the protests start', answer: ['The protests started in May.'] }]);
    expect(resolved('how many', turns)).toBe('how many protests started');
  });

  it('asks as before when nothing plural is there to count', () => {
    const turns = conversation([{ question: 'where did the mayor go', answer: ['The mayor went to Oslo.'] }]);
    expect(resolved('how many', turns)).toBe('how many did the mayor go');
  });
});

describe('a preposition and its question word after "together" or before "exactly"', () => {
  const turns = conversation([{ question: 'how is the council trying to stop the strike', answer: ['The council and the unions have been trying to stop the strike by talking.'] }]);

  it('asks the previous question again with the preposition and its question word', () => {
    expect(resolved('together with who', turns)).toBe('with whom is the council trying to stop the strike');
    expect(resolved('along with whom?', turns)).toBe('with whom is the council trying to stop the strike');
    expect(resolved('with who exactly?', turns)).toBe('with whom is the council trying to stop the strike');
  });
});

describe('a question phrase alone with any preposition ("near which border?")', () => {
  it('asks the previous question again with it', () => {
    const turns = conversation([{ question: 'how many soldiers did the army send north', answer: ['The army sent 5,000 soldiers near the northern border.'] }]);
    expect(resolved('near which border', turns)).toBe('near which border did the army send soldiers north');
    expect(resolved('and against which country?', turns)).toBe('against which country did the army send soldiers north');
  });
});

describe('"why?" alone', () => {
  const turns = conversation([
    { question: 'what will the council do about the plan', answer: ['The council will reject the plan.', 'It meets on Monday.'] },
  ]);

  it('asks why of the previous question, for something beyond the answer just given (its reason)', () => {
    // Chat's "y" too ("y", "y?", "y tho"): a whole message, never a word inside one.
    for (const asked of ['why', 'why?', 'how come', 'why so', 'and why', 'y', 'y?', 'y tho']) {
      expect(resolveFollowUp(asked, turns), asked).toMatchObject({
        text: 'why will the council do that about the plan',
        dependence: 'resolved',
        alreadyShown: ['The council will reject the plan.', 'It meets on Monday.'],
      });
    }
  });

  it('leaves the answer as a candidate for other bare questions', () => {
    expect(resolveFollowUp('when?', turns).alreadyShown).toBeUndefined();
    expect(resolveFollowUp('how long', turns).alreadyShown).toBeUndefined();
  });
});

describe('what a yes/no question left open ("something", "anyone")', () => {
  it('is asked for by the question word, with the preposition that governed it', () => {
    const worried = conversation([{ question: 'are the residents worried about something', answer: ['Residents fear the river will flood.'] }]);
    for (const asked of ['about what', 'worried about what', 'about what exactly', 'what exactly'])
      expect(resolveFollowUp(asked, worried), asked).toMatchObject({ text: 'what are the residents worried about', dependence: 'resolved' });
    const said = conversation([{ question: 'did the mayor say anything about the bridge', answer: ['The mayor said the bridge would reopen.'] }]);
    expect(resolved('what exactly?', said)).toBe('what did the mayor say about the bridge');
  });

  it('asks "who" for a subject left open, in the tense "do" gave it', () => {
    expect(resolved('who', conversation([{ question: 'did someone threaten the council', answer: ['The union threatened the council.'] }]))).toBe('who threatened the council');
    expect(resolved('who exactly', conversation([{ question: 'is anyone worried about the dam', answer: ['Farmers are worried.'] }]))).toBe('who is worried about the dam');
  });

  it('leaves fragments that do not fit the open slot to the other rules', () => {
    const worried = conversation([{ question: 'are the residents worried about something', answer: ['Residents fear the river will flood.'] }]);
    expect(resolved('what?', worried)).toBe('what?');
    expect(resolved('scared of what', worried)).not.toBe('what are the residents worried about');
    expect(resolved('who', worried)).not.toBe('who are the residents worried about');
    const plain = conversation([{ question: 'are the residents worried about the river', answer: ['Residents fear the river will flood.'] }]);
    expect(resolved('about what', plain)).not.toBe('what are the residents worried about the river');
  });
});

describe('a question phrase of two words alone ("what committee?")', () => {
  // (An outlet asked for after a quoted answer is asked about the quote: source-follow-up.ts.)
  const turns = conversation([{ question: 'who approved the plan', answer: ['The planning committee of the council approved the plan.'] }]);

  it('asks the previous question again with it', () => {
    expect(resolved('what committee', turns)).toBe('what committee approved the plan');
    expect(resolved('which planning committee exactly', turns)).toBe('which planning committee approved the plan');
  });

  it('leaves a phrase whose last word is no noun', () => {
    expect(resolved('which plan specifically', turns)).not.toMatch(/specifically approved/);
  });
});

describe('a word or two, then a preposition and its question word ("protection against what?")', () => {
  const turns = conversation([{ question: 'what does the union want', answer: ['The union wants guarantees against layoffs and a raise.'] }]);

  it('asks the last question again when its answer says what follows that preposition', () => {
    for (const asked of ['protection against what exactly', 'guarantees against what', 'safe against what'])
      expect(resolveFollowUp(asked, turns), asked).toMatchObject({ text: 'what does the union want', dependence: 'resolved' });
  });

  it('leaves a fragment whose preposition the answer does not use', () => {
    expect(resolved('talks with who', turns)).not.toBe('what does the union want');
  });
});

describe('a question phrase, then "are we talking"', () => {
  it('asks the question phrase alone, which then leans on the conversation as a bare one does', () => {
    const troops = conversation([{ question: 'what are people afraid the border buildup could lead to', answer: [], abstained: true }]);
    expect(resolveFollowUp('how many soldiers are we talking', troops)).toMatchObject({ text: 'how many soldiers', dependence: 'resolved' });
    const fines = conversation([{ question: 'what did the council threaten', answer: ['The council threatened fines.'] }]);
    expect(resolved('how much money are we talking here?', fines)).toBe('how much money');
    const ships = conversation([{ question: 'where did norway send its ships', answer: ['Norway sent its ships to the northern coast.'] }]);
    expect(resolved('so how many are we talking', ships)).toBe('how many ships did norway send');
  });

  it('leaves "what are we talking about" and a question with its own subject', () => {
    const turns = conversation([{ question: 'what did the council threaten', answer: ['The council threatened fines.'] }]);
    expect(resolved('what are we talking about', turns)).toBe('what are we talking about');
    expect(resolved('why are we talking about fines', turns)).toBe('why are we talking about fines');
  });
});

describe('a question phrase alone, as chat writes it', () => {
  it('may name its noun with an "of" phrase, or close with "specifically" or "tho"', () => {
    const turns = conversation([{ question: 'where did the mayor meet the unions', answer: ['The mayor met the unions at city hall.'] }]);
    expect(resolved('which day of the week?', turns)).toBe('which day of the week did the mayor meet the unions');
    expect(resolved('which unions specifically', turns)).toBe('which unions did the mayor meet the unions');
    expect(resolved('which unions tho', turns)).toBe('which unions did the mayor meet the unions');
  });

  it('is asked of a last question that has no verb to ask it with, in brackets', () => {
    const terse = conversation([{ question: 'mayor position on the strike', answer: ['The mayor opposed the strike.'] }]);
    expect(resolved('which unions', terse)).toBe('which unions (mayor position on the strike)');
  });

  it("is asked of the last question without its chat openers", () => {
    const chat = conversation([{ question: "yo did the mayor say he'd meet anyone", answer: ['The mayor said he would meet some union leaders.'] }]);
    expect(resolved('which leaders tho', chat)).toBe('which leaders did the mayor say he would meet anyone');
  });
});

describe('a correction as chat writes it', () => {
  it('needs no "i" before "meant"', () => {
    const turns = conversation([{ question: 'what did okonkwo say about the strike', answer: ['Okonkwo said the strike would go on.'] }]);
    for (const correction of ['oops meant sherman', 'sry meant sherman', 'meant sherman']) {
      expect(resolveFollowUp(correction, turns)).toMatchObject({ text: 'what did sherman say about the strike', corrects: true });
    }
  });

  it('may correct the question word alone ("no how long i mean")', () => {
    const turns = conversation([{ question: 'when were the talks', answer: ['The talks began on Monday.'] }]);
    expect(resolveFollowUp('no how long i mean', turns)).toMatchObject({ text: 'how long were the talks', dependence: 'resolved' });
  });

  it('may correct with a question phrase alone, after "no" or "that\'s not what i asked"', () => {
    const turns = conversation([{ question: 'when did the talks start', answer: ['The talks began shortly before 08:00.'] }]);
    for (const correction of ["that's not what I asked, I meant what date", 'no, i meant what date', 'not what i asked. i meant what date']) {
      expect(resolveFollowUp(correction, turns), correction).toMatchObject({ text: 'what date did the talks start', dependence: 'resolved' });
    }
    expect(resolveFollowUp('no i meant which day', turns)).toMatchObject({ text: 'which day did the talks start' });
    // A whole question after it is asked as it stands.
    expect(resolveFollowUp("that's not what i asked, i meant who led the talks", turns)).toMatchObject({ text: 'who led the talks' });
  });

  it('may name a country by "us" before its noun', () => {
    const turns = conversation([{ question: 'how many russian troops are near ukraine', answer: ['Russia has 100,000 troops near Ukraine.'] }]);
    expect(resolved('sorry meant us troops', turns)).toBe('how many us troops are near ukraine');
  });
});
