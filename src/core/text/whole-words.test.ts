import { describe, expect, it } from 'vitest';
import { escapeRegExp, findWords } from './whole-words.js';

describe('findWords', () => {
  it('finds words only as whole words, ignoring case', () => {
    expect(findWords('who led the russian delegation', 'us')).toBeUndefined();
    expect(findWords('who led the US delegation', 'us')).toEqual({ start: 12, end: 14 });
    expect(findWords('what did the u.s. say', 'u.s.')).toEqual({ start: 13, end: 17 });
    expect(findWords('anything', '')).toBeUndefined();
  });

  it('reads the words as literal text', () => {
    expect(escapeRegExp('a.b (c)')).toBe('a\\.b \\(c\\)');
    expect(findWords('axb', 'a.b')).toBeUndefined();
  });
});
