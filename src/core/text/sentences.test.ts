import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('does not end a sentence at a title, an initial or a known abbreviation', () => {
    expect(sentences('Mr. Smith arrived. He sat down.')).toEqual(['Mr. Smith arrived.', 'He sat down.']);
    expect(sentences('They met J. Smith there. Then they left.')).toEqual([
      'They met J. Smith there.',
      'Then they left.',
    ]);
    expect(sentences('The deal (Gen. Miller said) is off. Nobody knew.')).toEqual([
      'The deal (Gen. Miller said) is off.',
      'Nobody knew.',
    ]);
    expect(sentences('Fruit, e.g. apples, is sold. Prices rose.')).toEqual([
      'Fruit, e.g. apples, is sold.',
      'Prices rose.',
    ]);
    expect(sentences('The Rev.   Smith preached. Amen.')).toEqual(['The Rev.   Smith preached.', 'Amen.']);
    // A known abbreviation never ends a sentence when a word follows, even where one does end.
    expect(sentences('Talks began in Jan. Both sides spoke.')).toEqual([
      'Talks began in Jan. Both sides spoke.',
    ]);
  });

  it('ends sentences after other words, and at every line break', () => {
    expect(sentences('Troops left Kabul. U.S. officials said so.')).toEqual([
      'Troops left Kabul.',
      'U.S. officials said so.',
    ]);
    expect(sentences('It cost 3 dollars.  \nNew line here.')).toEqual([
      'It cost 3 dollars.',
      'New line here.',
    ]);
    // A word that only looks like an abbreviation (not after a space, bracket or quote) is not one.
    expect(sentences('It was 3Mr. Then it was not.')).toEqual(['It was 3Mr.', 'Then it was not.']);
  });

  it('gives offsets into the text, shifted by the offset given', () => {
    const text = '  Mr. Smith arrived.  He sat down. ';
    for (const sentence of splitSentences(text, 100)) {
      expect(text.slice(sentence.start - 100, sentence.end - 100)).toBe(sentence.text);
    }
  });
});
