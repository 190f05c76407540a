import { describe, expect, it } from 'vitest';
import { quotedLines, reproduces, withoutQuoteMarks } from './quoted-lines.js';

describe('quotedLines', () => {
  it('splits the quoted lines from what the member says about them', () => {
    expect(quotedLines('> For Moscow, Ukraine or Georgia are red lines\nand what did biden say to that')).toEqual({
      quoted: 'For Moscow, Ukraine or Georgia are red lines',
      said: 'and what did biden say to that',
    });
    // The question may come first, and a quotation may span lines.
    expect(quotedLines('why so long?\n> The talks lasted\n>nearly eight hours')).toEqual({ quoted: 'The talks lasted nearly eight hours', said: 'why so long?' });
  });

  it('quotes every line after a block quote mark', () => {
    expect(quotedLines('what is this about\n>>> The talks lasted\nnearly eight hours')).toEqual({ quoted: 'The talks lasted nearly eight hours', said: 'what is this about' });
  });

  it('finds nothing when a message quotes nothing, or only quotes', () => {
    expect(quotedLines('who led the us delegation')).toBeUndefined();
    expect(quotedLines('is russia > ukraine in troops')).toBeUndefined();
    expect(quotedLines('> who led the us delegation')).toBeUndefined();
    expect(quotedLines('>>> who led\nthe us delegation')).toBeUndefined();
  });
});

describe('withoutQuoteMarks', () => {
  it('takes the marks off quoted lines and leaves other text alone', () => {
    expect(withoutQuoteMarks('> who led the us delegation')).toBe('who led the us delegation');
    expect(withoutQuoteMarks('>>> who led\n> the us delegation')).toBe('who led\n> the us delegation');
    expect(withoutQuoteMarks('is russia > ukraine in troops')).toBe('is russia > ukraine in troops');
  });
});

describe('reproduces', () => {
  it('is true for the sentence a quotation gives nearly whole, in part or in other forms', () => {
    expect(reproduces('For Moscow, Ukraine or Georgia are red lines', 'For Moscow, Ukraine or Georgia are red lines that the US should not cross.')).toBe(true);
    expect(reproduces('The talks lasted nearly eight hours', "The talks between the two countries' representatives lasted nearly eight hours.")).toBe(true);
  });

  it('is false for a sentence that says much more than the quotation, or another sentence, or a quotation too short to tell', () => {
    const sherman = 'According to the Associated Press, Wendy Sherman, head of the US delegation at the meeting in Geneva, told Russia that "we will not allow anyone to slam NATO\'s open-door policy".';
    expect(reproduces("we will not allow anyone to slam NATO's open door", sherman)).toBe(false);
    expect(reproduces('The talks lasted nearly eight hours', 'But in that time, there was no significant progress to agree.')).toBe(false);
    expect(reproduces('red lines', 'For Moscow, Ukraine or Georgia are red lines.')).toBe(false);
  });
});
