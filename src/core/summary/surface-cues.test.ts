import { describe, expect, it } from 'vitest';
import { datelineLength, isProse, opensWithQuotation } from './surface-cues.js';

describe('datelineLength', () => {
  it.each([
    ['(CNN)Share, and your gift will be multiplied.', 'Share, and your gift will be multiplied.'],
    [
      'Tokyo (CNN)Police in Japan say they have arrested a man.',
      'Police in Japan say they have arrested a man.',
    ],
    [
      'New Delhi, India (CNN)The North Korean ambassador issued an apology.',
      'The North Korean ambassador issued an apology.',
    ],
    ['London (Reuters) -- The pound fell sharply on Monday.', 'The pound fell sharply on Monday.'],
  ])('trims the dateline of %j', (sentence, rest) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(rest);
  });

  it.each([
    'The United States (US) and Russia will hold a meeting.',
    'Russia (and its allies) disagreed.',
    '(CNN) said.',
    'Plain sentence without any dateline.',
  ])('leaves %j alone', (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });
});

describe('opensWithQuotation', () => {
  it('spots sentences that open with a quote', () => {
    expect(opensWithQuotation('"I thought I was going to help," she said.')).toBe(true);
    expect(opensWithQuotation('“We will not allow it,” he said.')).toBe(true);
    expect(opensWithQuotation('Ryabkov said "unfortunately we differ."')).toBe(false);
  });
});

describe('isProse', () => {
  it('needs three words of letters', () => {
    expect(isProse('Russia denies having any invasion plans.')).toBe(true);
    expect(isProse('March 10, 2015 .')).toBe(false);
    expect(isProse('1.')).toBe(false);
  });
});
