import { describe, expect, it } from 'vitest';
import { answerKind, holdsAnswerOf, measureWord } from './answer-kinds.js';
import { questionType } from './question-type.js';

const kindOf = (question: string): ReturnType<typeof answerKind> => answerKind(question, questionType(question));

describe('answerKind', () => {
  it('reads the kind of amount from the wording', () => {
    expect(kindOf('how old is sergei ryabkov')).toBe('age');
    expect(kindOf("what is Putin's age")).toBe('age');
    expect(kindOf('At what age did she retire?')).toBe('age');
    expect(kindOf('how long did the talks last')).toBe('duration');
    expect(kindOf('how far is geneva from moscow')).toBe('distance');
    expect(kindOf('how tall is the tower')).toBe('distance');
    expect(kindOf('how much did the new embassy cost')).toBe('money');
    expect(kindOf('how much money does nato spend')).toBe('money');
    // A noun that names a sum asks for one too.
    expect(kindOf('how much is his bail')).toBe('money');
    expect(kindOf('how much are tickets for the ceremony')).toBe('money');
    expect(kindOf('how much prize money does the winner get')).toBe('money');
    expect(kindOf('how much is the nurse suing the hospital for')).toBe('money');
  });

  it('reads days and months asked for', () => {
    expect(answerKind('what day did the first meeting happen', 'when')).toBe('day');
    expect(answerKind('on which date were the talks', 'when')).toBe('day');
    expect(answerKind('in what month was the proposal sent', 'when')).toBe('month');
    expect(answerKind('when did the talks start', 'when')).toBeUndefined();
    expect(answerKind('what year did the war start', 'when')).toBeUndefined();
  });

  it('reads the kind a terse question names last, without a question word', () => {
    expect(kindOf('ryabkov age')).toBe('age');
    expect(kindOf('her age?')).toBe('age');
    expect(kindOf('osce meeting date?')).toBe('day');
    expect(kindOf('the hearing day')).toBe('day');
    expect(kindOf('proposal month')).toBe('month');
    expect(kindOf('the voting age')).toBe('age');
    // A question word asks something else: the kind is read from its wording alone.
    expect(kindOf('who set the date')).toBeUndefined();
    expect(kindOf('what happened that day')).toBeUndefined();
    expect(kindOf('age')).toBeUndefined();
  });

  it('leaves counts and other amounts to the plain amount test', () => {
    expect(kindOf('how many troops are near the border')).toBeUndefined();
    expect(kindOf('how much of the budget goes to defence')).toBeUndefined();
    expect(kindOf('how much rain fell on the capital')).toBeUndefined();
    expect(kindOf('how much sugar is in it')).toBeUndefined();
    expect(kindOf('what is the average wage')).toBeUndefined();
  });

  it('makes age questions amount questions', () => {
    expect(questionType('what is his age')).toBe('quantity');
    expect(questionType("what's wendy sherman's age")).toBe('quantity');
    expect(questionType('how tall is ryabkov')).toBe('quantity');
    expect(questionType('what is the main demand')).toBe('other');
  });
});

describe('holdsAnswerOf', () => {
  it('finds days and months, and does not take a clock time or a modal verb for them', () => {
    expect(holdsAnswerOf('day', 'On January 10, 2022, the US and Russia will meet.')).toBe(true);
    expect(holdsAnswerOf('day', 'On Monday (10/1/22), the delegations met.')).toBe(true);
    expect(holdsAnswerOf('day', 'The diplomacy began shortly before 08:00 local time.')).toBe(false);
    expect(holdsAnswerOf('month', 'The proposal was presented in mid-December 2021.')).toBe(true);
    expect(holdsAnswerOf('month', 'NATO may march further east.')).toBe(false);
  });

  it('finds ages as news and encyclopaedias write them', () => {
    for (const sentence of ['Ryabkov, 61, said the talks were difficult.', 'She is 72 years old.', 'a 45-year-old diplomat', 'He joined the ministry aged 24.', 'Sherman (born 1949) is a diplomat.', 'at the age of twelve'])
      expect(holdsAnswerOf('age', sentence), sentence).toBe(true);
  });

  it('does not take any number for an age, a duration or a distance', () => {
    const other = 'Ryabkov said "the three areas that I have mentioned represent demands that we cannot avoid."';
    expect(holdsAnswerOf('age', other)).toBe(false);
    expect(holdsAnswerOf('duration', other)).toBe(false);
    expect(holdsAnswerOf('distance', 'Russia has amassed about 100,000 troops.')).toBe(false);
    expect(holdsAnswerOf('money', 'Russia has amassed about 100,000 troops.')).toBe(false);
    expect(holdsAnswerOf('money', 'The embassy cost $1 billion.')).toBe(true);
    expect(holdsAnswerOf('money', 'It raised 300 million euros.')).toBe(true);
  });

  it('finds durations, spans of years and lengths for "how long", and distances for "how far"', () => {
    expect(holdsAnswerOf('duration', 'The talks lasted nearly eight hours.')).toBe(true);
    expect(holdsAnswerOf('duration', 'The series ran from October 15, 1951, to May 6, 1957.')).toBe(true);
    expect(holdsAnswerOf('duration', 'The river is 6,650 km long.')).toBe(true);
    expect(holdsAnswerOf('distance', 'Geneva lies 2,400 km from Moscow.')).toBe(true);
  });
});

describe('measureWord', () => {
  const measureOf = (question: string): string | undefined => measureWord(question, kindOf(question));

  it('names what an age, duration or distance question measures', () => {
    expect(measureOf('how long did they talk')).toBe('long');
    expect(measureOf('How old is Sergei Ryabkov?')).toBe('old');
    expect(measureOf('how far is geneva from moscow')).toBe('far');
    expect(measureOf('At what age did she retire?')).toBe('age');
    expect(measureOf("what is Putin's age")).toBe('age');
  });

  it('has none for other amounts, which name what they count', () => {
    expect(measureOf('how many hours did they talk')).toBeUndefined();
    expect(measureOf('how much did the new embassy cost')).toBeUndefined();
    expect(measureWord('how long did they talk', undefined)).toBeUndefined();
  });
});
