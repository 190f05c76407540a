import { describe, expect, it } from 'vitest';
import { withoutGuesses } from './guessed-names.js';

describe('withoutGuesses', () => {
  it('sets aside the guess a question closes on, or offers to choose from', () => {
    expect(withoutGuesses("what was the other country besides ukraine that russia doesn't want in nato, was it moldova?")).toBe(
      "what was the other country besides ukraine that russia doesn't want in nato?",
    );
    expect(withoutGuesses('which city was it in, geneva or vienna?')).toBe('which city was it in?');
    expect(withoutGuesses('who led the us side, was it blinken?')).toBe('who led the us side?');
  });

  it('sets aside a rough amount in a claim put up to be checked, not in a question for a fact', () => {
    expect(withoutGuesses('the talks went on for like 12 hours right?')).toBe('the talks went on for  hours right?');
    expect(withoutGuesses('were there around 50k troops')).toBe('were there  troops');
    expect(withoutGuesses('what happened around 2014')).toBe('what happened around 2014');
  });

  it('keeps what the question asks about when nothing else would be left', () => {
    expect(withoutGuesses('was it moldova?')).toBe('was it moldova?');
    expect(withoutGuesses('where was it held')).toBe('where was it held');
    expect(withoutGuesses('what time is it in tokyo')).toBe('what time is it in tokyo');
    expect(withoutGuesses('is it russia or ukraine')).toBe('is it russia or ukraine');
    expect(withoutGuesses('how many troops does nato have in poland')).toBe('how many troops does nato have in poland');
  });
});
