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
    expect(sentences('It was said by Maj. Gen. Glenn Curtis. He left.')).toEqual(['It was said by Maj. Gen. Glenn Curtis.', 'He left.']);
    expect(sentences('Chopin wrote his Rondo Op. 1 in 1825. It sold.')).toEqual(['Chopin wrote his Rondo Op. 1 in 1825.', 'It sold.']);
    // A known abbreviation never ends a sentence when a word follows, even where one does end.
    expect(sentences('Talks began in Jan. Both sides spoke.')).toEqual([
      'Talks began in Jan. Both sides spoke.',
    ]);
  });

  it('goes on after an initialism that a name or title follows, and ends before a function word', () => {
    expect(sentences('John Wayne stars as U.S. Marshal Rooster Cogburn. He won an Oscar.')).toEqual([
      'John Wayne stars as U.S. Marshal Rooster Cogburn.',
      'He won an Oscar.',
    ]);
    expect(sentences('The flight left at 9 a.m. Thursday. It landed late.')).toEqual(['The flight left at 9 a.m. Thursday.', 'It landed late.']);
    expect(sentences('John Adams (born 1735 (O.S. October 19)) was president.')).toEqual(['John Adams (born 1735 (O.S. October 19)) was president.']);
    expect(sentences('The U.N. Security Council met. It voted.')).toEqual(['The U.N. Security Council met.', 'It voted.']);
    // Before a function word, a quotation or a lowercase word, the split stands as ICU made it.
    expect(sentences('He moved to the U.S. The next day he left.')).toEqual(['He moved to the U.S.', 'The next day he left.']);
    expect(sentences('He moved to Washington, D.C. He liked it.')).toEqual(['He moved to Washington, D.C.', 'He liked it.']);
    expect(sentences('It was 5 p.m. "Nobody came," he said.')).toEqual(['It was 5 p.m.', '"Nobody came," he said.']);
    expect(sentences('He works for the U.S. government.')).toEqual(['He works for the U.S. government.']);
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
