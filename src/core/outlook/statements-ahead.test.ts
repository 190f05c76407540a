import { beforeAll, describe, expect, it } from 'vitest';
import { loadTagger } from '../conversation/tagger.js';
import { aheadPhrase } from './statements-ahead.js';

/** The words that look ahead, as the sentence writes them. */
function phraseOf(sentence: string): string | undefined {
  const phrase = aheadPhrase(sentence);
  return phrase && sentence.slice(phrase.start, phrase.end);
}

describe('aheadPhrase', () => {
  beforeAll(async () => loadTagger());

  it('finds a verb in the future tense', () => {
    expect(phraseOf('The second and third stage of the meeting will involve Russia with NATO.')).toBe('will involve');
    expect(phraseOf('This week, the proposal will be discussed in three stages of meeting.')).toBe('will be discussed');
    expect(phraseOf('Investigators from the Army will try to determine what caused the wreck, Cannon said Thursday.')).toBe('will try');
  });

  it('finds the wording news uses for plans and prospects', () => {
    expect(phraseOf('The talks are expected to resume in Vienna.')).toBe('are expected to');
    expect(phraseOf('The US and NATO are likely to reject the demands.')).toBe('are likely to');
    expect(phraseOf('The ministers meet again next week.')).toBe('next week');
  });

  it('says when the words are quoted', () => {
    expect(aheadPhrase('Sherman told Russia that "we will not allow anyone to slam NATO\'s open door."')?.quoted).toBe(true);
    expect(aheadPhrase('NATO will not allow itself to be dictated by Moscow.')?.quoted).toBe(false);
  });

  it('says when the words are inside a quotation the sentence before opened', () => {
    expect(aheadPhrase('I will change the nature of the division of wealth.', true)?.quoted).toBe(true);
  });

  it("finds nothing in the past's future or in words to the reader", () => {
    expect(aheadPhrase("Tabriz wasn't going to settle for any old moniker.")).toBeUndefined();
    expect(aheadPhrase("But in this story, you'll still find plenty to smile about.")).toBeUndefined();
  });

  it('finds nothing in a sentence about the past or present, or in a question', () => {
    expect(aheadPhrase('The talks lasted nearly eight hours.')).toBeUndefined();
    expect(aheadPhrase('Russia denies having any invasion plans.')).toBeUndefined();
    expect(aheadPhrase('Will the talks go on?')).toBeUndefined();
  });
});
