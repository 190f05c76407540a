import { describe, expect, it } from 'vitest';
import { withoutFrameWords } from './question-frame.js';

describe('withoutFrameWords', () => {
  it('drops the kind word of "what kind of X" and its kin', () => {
    expect(withoutFrameWords('what kind of guarantees is russia after')).toBe(
      'what guarantees is russia after',
    );
    expect(withoutFrameWords('Which type of school was Parker Elementary?')).toBe(
      'Which school was Parker Elementary?',
    );
    expect(withoutFrameWords('what other sorts of weapons were discussed')).toBe(
      'what other weapons were discussed',
    );
    expect(withoutFrameWords('What forms of government did they have')).toBe('What government did they have');
  });

  it('drops "the name of" after what is / was', () => {
    expect(withoutFrameWords("What was the name of Beyoncé's first solo album?")).toBe(
      "What was Beyoncé's first solo album?",
    );
    expect(withoutFrameWords("what's the name of the russian negotiator")).toBe(
      "what's the russian negotiator",
    );
  });

  it('leaves questions about kinds, types and names themselves alone', () => {
    expect(withoutFrameWords('how many kinds of missiles are there')).toBe(
      'how many kinds of missiles are there',
    );
    expect(withoutFrameWords('where did she get her name from')).toBe('where did she get her name from');
    expect(withoutFrameWords('what type is it')).toBe('what type is it');
  });
});
