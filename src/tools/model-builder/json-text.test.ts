import { describe, expect, it } from 'vitest';
import { toJsonText } from './json-text.js';

describe('toJsonText', () => {
  it('matches JSON.stringify for ordinary values', () => {
    const value = { name: 'x', list: [1, 'two', null, true], nested: { empty: [], none: {} } };
    expect(toJsonText(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('keeps Map insertion order even for integer-like keys', () => {
    const vocabulary = new Map<string, number>([
      ['[PAD]', 0],
      ['the', 1],
      ['2000', 2],
      ['1', 3],
    ]);
    const text = toJsonText(vocabulary);
    expect(text).toBe('{\n  "[PAD]": 0,\n  "the": 1,\n  "2000": 2,\n  "1": 3\n}\n');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['1', '2000', '[PAD]', 'the']);
  });

  it('escapes strings and rejects non-finite numbers', () => {
    expect(toJsonText(['"\\\n'])).toBe('[\n  "\\"\\\\\\n"\n]\n');
    expect(() => toJsonText({ bad: Number.NaN })).toThrow(/non-finite/);
  });
});
