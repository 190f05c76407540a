import { describe, expect, it } from 'vitest';
import { likelySlip, neighbouringKeys } from './keyboard.js';

describe('neighbouringKeys', () => {
  it('knows keys that touch on a row and across rows', () => {
    expect(neighbouringKeys('h', 'j')).toBe(true);
    expect(neighbouringKeys('h', 'n')).toBe(true); // n sits below h and j
    expect(neighbouringKeys('n', 'j')).toBe(true);
    expect(neighbouringKeys('b', 'h')).toBe(true); // b sits below g and h
    expect(neighbouringKeys('e', 'd')).toBe(true);
    expect(neighbouringKeys('W', 'q')).toBe(true);
  });

  it('does not take keys across the keyboard for neighbours', () => {
    expect(neighbouringKeys('r', 'n')).toBe(false);
    expect(neighbouringKeys('q', 'p')).toBe(false);
    expect(neighbouringKeys('h', 'v')).toBe(false); // v sits below f and g
    expect(neighbouringKeys('a', 'a')).toBe(false);
  });
});

describe('likelySlip', () => {
  it('counts a letter left out, added or swapped, and a neighbouring key', () => {
    expect(likelySlip('wher', 'where')).toBe(true);
    expect(likelySlip('whoo', 'who')).toBe(true);
    expect(likelySlip('whta', 'what')).toBe(true);
    expect(likelySlip('wnen', 'when')).toBe(true);
  });

  it('does not count a key across the keyboard, or more than one edit', () => {
    expect(likelySlip('wher', 'when')).toBe(false);
    expect(likelySlip('whn', 'who')).toBe(false);
    expect(likelySlip('wehn', 'where')).toBe(false);
    expect(likelySlip('abcd', 'badc')).toBe(false);
  });
});
