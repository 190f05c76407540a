import { describe, expect, it } from 'vitest';
import { leansOnEarlier, splitQuestions } from './split-questions.js';

describe('splitQuestions', () => {
  it('splits a message that asks two or three things', () => {
    expect(splitQuestions('how many troops does russia have near the border? how long did the talks last?')).toEqual([
      'how many troops does russia have near the border?',
      'how long did the talks last?',
    ]);
    expect(splitQuestions('who led the us side and when did the talks start?')).toEqual(['who led the us side', 'when did the talks start?']);
    expect(splitQuestions('1) who led the us delegation 2) when did the talks end')).toEqual(['who led the us delegation', 'when did the talks end']);
    expect(splitQuestions('Who led the talks? And where was the meeting held? Also, what did Russia demand?')).toEqual([
      'Who led the talks?',
      'where was the meeting held?',
      'what did Russia demand?',
    ]);
  });

  it('keeps one question whole, whatever "and" or a question mark inside it', () => {
    for (const question of [
      'who led the us delegation?',
      'how many troops does russia have? 100k?',
      'who are the 2nd and 3rd rounds with',
      'what is the link between nato and what russia wants',
      'what did russia want and why?',
      'did they agree? really?',
      'why? because of nato?',
      'what are the three demands and who rejected them',
      // A part too short to say what it asks, or after a first part that is no question.
      'the OSCE? what is it?',
      'Sherman? what did she say?',
      '8 hours? why so long?',
      'who rejected the red line claim? was it biden?',
      'why? and did russia respond?',
      'and the us side? and what did she say?',
    ]) {
      expect(splitQuestions(question), question).toEqual([question]);
    }
  });

  it('splits off a later part that leans on the first by a pronoun, to be read as its follow-up', () => {
    expect(splitQuestions('who led the us side and when did they meet?')).toEqual(['who led the us side', 'when did they meet?']);
    expect(splitQuestions('who is Stoltenberg and what does he think?')).toEqual(['who is Stoltenberg', 'what does he think?']);
    expect(leansOnEarlier('what does he think?')).toBe(true);
    expect(leansOnEarlier('and how long did the talks last?')).toBe(false);
  });

  it('splits off a yes/no question after "and" whose subject opens with a pronoun or an article', () => {
    expect(splitQuestions('what did the us reject and is it still negotiating with russia?')).toEqual(['what did the us reject', 'is it still negotiating with russia?']);
    expect(splitQuestions('what did russia demand and did the us accept any of it')).toEqual(['what did russia demand', 'did the us accept any of it']);
    // Not a name after the auxiliary, nor a short part.
    expect(splitQuestions('what did russia demand and did nato agree')).toEqual(['what did russia demand and did nato agree']);
  });

  it('keeps a long list as one message', () => {
    const list = 'who? what? when? where did they meet? why did they meet? how did it end? who won?';
    expect(splitQuestions('who led it? where was it? when was it? why was it held?')).toEqual(['who led it? where was it? when was it? why was it held?']);
    expect(splitQuestions(list)).toEqual([list]);
  });

  it('asks what each of two named people or sides said or wants, one at a time (fifty-fourth session)', () => {
    expect(splitQuestions('what did sherman and ryabkov say about the talks')).toEqual(['what did sherman say about the talks', 'what did ryabkov say about the talks']);
    expect(splitQuestions('how did sherman and ryabkov describe the talks differently?')).toEqual(['how did sherman describe the talks?', 'how did ryabkov describe the talks?']);
    expect(splitQuestions('what do russia and the us want')).toEqual(['what does russia want', 'what does the us want']);
    for (const message of ['what does metes and bounds mean', 'what do ryabkov and sherman think of each other', 'what did the us and nato reject', 'what did he and she say'])
      expect(splitQuestions(message), message).toEqual([message]);
  });
});
