import { describe, expect, it } from 'vitest';
import { UserError } from './errors.js';
import { normalizeQuestion, validateQuestion } from './validation.js';

function rejection(input: string, maxChars?: number): UserError {
  try {
    validateQuestion(input, maxChars);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(input)} was accepted`);
}

describe('normalizeQuestion', () => {
  it('applies NFKC: full-width letters and ligatures become plain ones', () => {
    expect(normalizeQuestion('Ｗｈｏ led the ﬁrst round?')).toBe('Who led the first round?');
  });

  it('removes zero-width, bidirectional and control characters, and terminal escapes', () => {
    expect(normalizeQuestion('Who\u200b led\u200d the\u2060 US\uFEFF delegation\u200e?')).toBe(
      'Who led the US delegation?',
    );
    expect(normalizeQuestion('who\u0007 led?\u0000')).toBe('who led?');
    expect(normalizeQuestion('\u001b[1;31mWho\u001b[0m led?')).toBe('Who led?');
  });

  it('turns tabs and newlines into single spaces', () => {
    expect(normalizeQuestion('  Who\tled\r\nthe   talks? ')).toBe('Who led the talks?');
  });

  it('keeps accents on letters and drops combining marks that combine with nothing', () => {
    expect(normalizeQuestion('Cafe\u0301 in Gene\u0300ve?')).toBe('Café in Genève?');
    expect(normalizeQuestion('\u0301\u0308 what \u0301about it?')).toBe('what about it?');
  });

  it('types smart quotes and apostrophes as a keyboard does', () => {
    expect(normalizeQuestion('what’s russia’s “red line” ‘now’?')).toBe('what\'s russia\'s "red line" \'now\'?');
    // NFKC makes a double prime two primes.
    expect(normalizeQuestion('„Genf‟ ‚x‛ 5′ 3″')).toBe('"Genf" \'x\' 5\' 3\'\'');
  });
});

describe('validateQuestion', () => {
  it('returns the normalised question', () => {
    expect(validateQuestion(' Who\u200b led the US delegation? ')).toBe('Who led the US delegation?');
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['zero-width characters of every kind', '\u200b\u200c\u200d\u2060\uFEFF'],
    ['combining marks alone', '\u0301\u0308\u0327'],
    ['control characters alone', '\u0007\u0000\u001b'],
    ['punctuation', '?!…'],
  ])('calls %s a question with no words', (_name, input) => {
    const error = rejection(input);
    expect(error.code).toBe('question-no-words');
    expect(error.message).toMatch(/^Please ask a question in words/);
  });

  it('lets a reaction of emoji alone through, for the engine to answer as small talk', () => {
    expect(validateQuestion('🙂🙂')).toBe('🙂🙂');
    expect(validateQuestion(' 👍 ')).toBe('👍');
  });

  it('calls empty and blank text empty', () => {
    expect(rejection('').code).toBe('question-empty');
    expect(rejection(' \t\n ').code).toBe('question-empty');
  });

  it('measures length after normalisation', () => {
    expect(validateQuestion(`${'\u200b'.repeat(600)}Who?`, 500)).toBe('Who?');
    expect(rejection('x'.repeat(501), 500).message).toMatch(/501 characters long; please keep it to 500 or fewer/);
  });
});
