import { describe, expect, it } from 'vitest';
import { inReadableCase } from './question-case.js';

describe('inReadableCase', () => {
  it('reads a question shouted in capitals in lower case', () => {
    expect(inReadableCase('WHAT DID HE SAY?')).toBe('what did he say?');
    expect(inReadableCase('AND THE US ONE? 🤔')).toBe('and the us one? 🤔');
    // A word the slip mender put back in lower case, or a name a rewrite put in, does not stop it.
    expect(inReadableCase('WHO LED THE russian DELEGATION')).toBe('who led the russian delegation');
    expect(inReadableCase('WHAT DID Sergei Ryabkov SAY ABOUT NATO')).toBe('what did Sergei Ryabkov say about nato');
  });

  it('leaves acronyms in an ordinary question, and a word alone', () => {
    expect(inReadableCase('what did NATO tell the US')).toBe('what did NATO tell the US');
    expect(inReadableCase('OSCE?')).toBe('OSCE?');
    expect(inReadableCase('Who led the US delegation?')).toBe('Who led the US delegation?');
  });
});
