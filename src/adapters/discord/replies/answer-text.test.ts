import { describe, expect, it } from 'vitest';
import { emphasiseAnswer } from './answer-text.js';

describe('emphasiseAnswer', () => {
  it('bolds the highlight spans and escapes the rest', () => {
    expect(emphasiseAnswer('a *b* Wendy Sherman c', [{ start: 6, end: 19 }])).toBe(
      'a \\*b\\* **Wendy Sherman** c',
    );
  });

  it('ignores overlapping and out-of-range spans', () => {
    expect(
      emphasiseAnswer('abcdef', [
        { start: 0, end: 3 },
        { start: 2, end: 4 },
        { start: 10, end: 12 },
      ]),
    ).toBe('**abc****d**ef');
  });
});
