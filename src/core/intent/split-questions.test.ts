import { describe, expect, it } from 'vitest';
import { splitQuestions } from './split-questions.js';

describe('splitQuestions', () => {
  it('splits a message that asks two or three things', () => {
    expect(splitQuestions('how many troops does russia have near the border? how long did the talks last?')).toEqual([
      'how many troops does russia have near the border?',
      'how long did the talks last?',
    ]);
    expect(splitQuestions('who led the us side and when did they meet?')).toEqual(['who led the us side', 'when did they meet?']);
    expect(splitQuestions('1) who led the us delegation 2) when did they meet')).toEqual(['who led the us delegation', 'when did they meet']);
    expect(splitQuestions('Who led the talks? And where were they held? Also, what did Russia demand?')).toEqual([
      'Who led the talks?',
      'where were they held?',
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
    ]) {
      expect(splitQuestions(question), question).toEqual([question]);
    }
  });

  it('keeps a long list as one message', () => {
    const list = 'who? what? when? where did they meet? why did they meet? how did it end? who won?';
    expect(splitQuestions('who led it? where was it? when was it? why was it held?')).toEqual(['who led it? where was it? when was it? why was it held?']);
    expect(splitQuestions(list)).toEqual([list]);
  });
});
