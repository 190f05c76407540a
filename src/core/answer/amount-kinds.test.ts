import { describe, expect, it } from 'vitest';
import { amountKind, holdsAmountOf } from './amount-kinds.js';
import { questionType } from './question-type.js';

describe('amountKind', () => {
  it('reads the kind of amount from the wording', () => {
    expect(amountKind('how old is sergei ryabkov')).toBe('age');
    expect(amountKind("what is Putin's age")).toBe('age');
    expect(amountKind('At what age did she retire?')).toBe('age');
    expect(amountKind('how long did the talks last')).toBe('duration');
    expect(amountKind('how far is geneva from moscow')).toBe('distance');
    expect(amountKind('how tall is the tower')).toBe('distance');
  });

  it('leaves counts and other amounts to the plain amount test', () => {
    expect(amountKind('how many troops are near the border')).toBeUndefined();
    expect(amountKind('how much did it cost')).toBeUndefined();
    expect(amountKind('what is the average wage')).toBeUndefined();
  });

  it('makes age questions amount questions', () => {
    expect(questionType('what is his age')).toBe('quantity');
    expect(questionType("what's wendy sherman's age")).toBe('quantity');
    expect(questionType('how tall is ryabkov')).toBe('quantity');
    expect(questionType('what is the main demand')).toBe('other');
  });
});

describe('holdsAmountOf', () => {
  it('finds ages as news and encyclopaedias write them', () => {
    for (const sentence of ['Ryabkov, 61, said the talks were difficult.', 'She is 72 years old.', 'a 45-year-old diplomat', 'He joined the ministry aged 24.', 'Sherman (born 1949) is a diplomat.', 'at the age of twelve'])
      expect(holdsAmountOf('age', sentence), sentence).toBe(true);
  });

  it('does not take any number for an age, a duration or a distance', () => {
    const other = 'Ryabkov said "the three areas that I have mentioned represent demands that we cannot avoid."';
    expect(holdsAmountOf('age', other)).toBe(false);
    expect(holdsAmountOf('duration', other)).toBe(false);
    expect(holdsAmountOf('distance', 'Russia has amassed about 100,000 troops.')).toBe(false);
  });

  it('finds durations, spans of years and lengths for "how long", and distances for "how far"', () => {
    expect(holdsAmountOf('duration', 'The talks lasted nearly eight hours.')).toBe(true);
    expect(holdsAmountOf('duration', 'The series ran from October 15, 1951, to May 6, 1957.')).toBe(true);
    expect(holdsAmountOf('duration', 'The river is 6,650 km long.')).toBe(true);
    expect(holdsAmountOf('distance', 'Geneva lies 2,400 km from Moscow.')).toBe(true);
  });
});
