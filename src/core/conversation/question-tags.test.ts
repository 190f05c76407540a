import { describe, expect, it } from 'vitest';
import { withoutQuestionTag } from './question-tags.js';

describe('withoutQuestionTag', () => {
  it('takes the tag off a statement asked as a question', () => {
    expect(withoutQuestionTag('come on, the US basically runs NATO does not it?')).toBe('come on, the US basically runs NATO?');
    expect(withoutQuestionTag("russia has troops near the border, doesn't it?")).toBe('russia has troops near the border?');
    expect(withoutQuestionTag('the talks were in geneva, were not they')).toBe('the talks were in geneva?');
    // A positive tag after a negative statement.
    expect(withoutQuestionTag('nobody called it a failure, did they?')).toBe('nobody called it a failure?');
    expect(withoutQuestionTag("they never agreed on anything tho did they")).toBe('they never agreed on anything tho?');
  });

  it('leaves a question proper, and a positive tag after a positive statement, as written', () => {
    expect(withoutQuestionTag('what time is it?')).toBe('what time is it?');
    expect(withoutQuestionTag('why does not it work')).toBe('why does not it work');
    expect(withoutQuestionTag('is it true or is it not')).toBe('is it true or is it not');
    expect(withoutQuestionTag('so the talks failed, did they?')).toBe('so the talks failed, did they?');
    expect(withoutQuestionTag('what did sherman say about it')).toBe('what did sherman say about it');
    expect(withoutQuestionTag('does not it?')).toBe('does not it?');
  });
});
