import { describe, expect, it } from 'vitest';
import { isExpletive } from './expletive-it.js';

/** Whether the first "it" of a lower-case text is the empty one. */
const emptyIt = (text: string): boolean => isExpletive(text, text.search(/\bit\b/));

describe('isExpletive', () => {
  it('finds the empty "it" of fixed phrases', () => {
    expect(emptyIt('is it true that the talks failed')).toBe(true);
    expect(emptyIt('will it rain tomorrow')).toBe(true);
    expect(emptyIt('what time is it')).toBe(true);
  });

  it("finds it in a member's sayings about themselves, and in a cleft", () => {
    expect(emptyIt('my eyesight is not what it was and i get lost in long paragraphs')).toBe(true);
    expect(emptyIt('has my neighbour got it right then')).toBe(true);
    expect(emptyIt('what is it that they want')).toBe(true);
  });

  it('leaves an "it" that stands for something', () => {
    expect(emptyIt('what was it about')).toBe(false);
    expect(emptyIt('did they get it')).toBe(false);
    expect(emptyIt('why is it important')).toBe(false);
    expect(emptyIt('how long did it last')).toBe(false);
  });
});
