import { describe, expect, it } from 'vitest';
import { hedgedGuessWords, withoutGuesses } from './guessed-names.js';

describe('withoutGuesses', () => {
  it('sets aside the guess a question closes on, or offers to choose from', () => {
    expect(withoutGuesses("what was the other country besides ukraine that russia doesn't want in nato, was it moldova?")).toBe(
      "what was the other country besides ukraine that russia doesn't want in nato?",
    );
    expect(withoutGuesses('which city was it in, geneva or vienna?')).toBe('which city was it in?');
    expect(withoutGuesses('who led the us side, was it blinken?')).toBe('who led the us side?');
  });

  it('sets aside a hedged guess after a comma, the hedge before or after it', () => {
    expect(withoutGuesses('which other country did russia not want in nato, moldova i think?')).toBe('which other country did russia not want in nato?');
    expect(withoutGuesses('which other country did russia not want in nato, maybe moldova?')).toBe('which other country did russia not want in nato?');
    expect(withoutGuesses('who led the us side, blinken or something')).toBe('who led the us side?');
    expect(withoutGuesses('who reported it, the times iirc?')).toBe('who reported it?');
    // Without a hedge, what follows the comma is part of the question.
    expect(withoutGuesses('what time is it, in tokyo?')).toBe('what time is it, in tokyo?');
    // Nor is a longer clause a guess.
    expect(withoutGuesses('did russia agree, i think they said no to everything?')).toBe('did russia agree, i think they said no to everything?');
  });

  it('sets aside a rough amount in a claim put up to be checked, not in a question for a fact', () => {
    expect(withoutGuesses('the talks went on for like 12 hours right?')).toBe('the talks went on for like  hours right?');
    expect(withoutGuesses('were there around 50k troops')).toBe('were there  troops');
    expect(withoutGuesses('what happened around 2014')).toBe('what happened around 2014');
  });

  it('sets aside any amount a claim states, and amounts offered to choose from', () => {
    // The claim is what is checked: an article that says "about 100,000" answers it.
    expect(withoutGuesses('russia has 200k troops at the border right?')).toBe('russia has  troops at the border right?');
    // Also once the frame has taken the tag off.
    expect(withoutGuesses('the talks lasted 12 hours')).toBe('the talks lasted  hours');
    expect(withoutGuesses("is russia's troop count closer to 100k or 200k")).toBe("is russia's troop count closer to ");
    // A yes/no question asks about its amount, unless it is rough; a question for a fact keeps it.
    expect(withoutGuesses('did russia invade in 2014')).toBe('did russia invade in 2014');
    expect(withoutGuesses('how many troops were there in 2014')).toBe('how many troops were there in 2014');
    // A claim whose subject comes before its verb is a claim, not a yes/no question ("has" had made it one).
    expect(withoutGuesses('Russia has about 50,000 troops near the border?')).toBe('Russia has about  troops near the border?');
    // A rough amount in a yes/no question, after chat's openers, is a guess too.
    expect(withoutGuesses('so did russia send about 50,000 troops')).toBe('so did russia send  troops');
    // A question for a fact asks about its amounts wherever its question word stands.
    expect(withoutGuesses('In 1995, who decided to manage the group?')).toBe('In 1995, who decided to manage the group?');
    expect(withoutGuesses('Apple was involved in a lawsuit with which company in 2007?')).toBe('Apple was involved in a lawsuit with which company in 2007?');
  });

  it('keeps what the question asks about when nothing else would be left', () => {
    expect(withoutGuesses('was it moldova?')).toBe('was it moldova?');
    expect(withoutGuesses('where was it held')).toBe('where was it held');
    expect(withoutGuesses('what time is it in tokyo')).toBe('what time is it in tokyo');
    expect(withoutGuesses('is it russia or ukraine')).toBe('is it russia or ukraine');
    expect(withoutGuesses('how many troops does nato have in poland')).toBe('how many troops does nato have in poland');
  });
});

describe('hedgedGuessWords', () => {
  it('reads the words of a hedged guess the message closes on, as typed, without the hedge', () => {
    expect([...hedgedGuessWords('which other country did russia not want in nato, moldova i think?')]).toEqual(['moldova']);
    expect([...hedgedGuessWords('who reported it, maybe the new york?')]).toEqual(['the', 'new', 'york']);
  });

  it('reads none without a comma and a hedge, or when the guess is all there is', () => {
    expect(hedgedGuessWords('which other country, moldova?').size).toBe(0);
    expect(hedgedGuessWords('is it moldova i think').size).toBe(0);
    expect(hedgedGuessWords('was it, moldova i think?').size).toBe(0);
  });
});
