import { describe, expect, it } from 'vitest';
import { withRepeatedMarksSingled, withStretchedWordsUndone, withStretchesShortened, type WordRank } from './stretched-words.js';

// A small vocabulary in order of frequency, as the bundled model's is.
const COMMON = ['what', 'the', 'to', 'so', 'good', 'too', 'long', 'why', 'see', 'god', 'cool', 'vii', 'col'];
const rank: WordRank = (word) => {
  const index = COMMON.indexOf(word);
  return index < 0 ? undefined : index;
};

describe('withStretchedWordsUndone', () => {
  it('takes letters chat stretched back to the word they stretch', () => {
    expect(withStretchedWordsUndone('whaaat did ryabkov say', rank)).toBe('what did ryabkov say');
    expect(withStretchedWordsUndone('how loooong did the talks last', rank)).toBe('how long did the talks last');
    expect(withStretchedWordsUndone('sooo whyyy', rank)).toBe('so why');
  });

  it('prefers the commoner word when a run may be one letter or two', () => {
    // "god" and "good" are both words: the commoner is meant.
    expect(withStretchedWordsUndone('gooood bot', rank)).toBe('good bot');
    expect(withStretchedWordsUndone('cooool', rank)).toBe('cool');
  });

  it('keeps the case it was typed in', () => {
    expect(withStretchedWordsUndone('Whaaat happened', rank)).toBe('What happened');
    expect(withStretchedWordsUndone('WHAAAT happened', rank)).toBe('WHAT happened');
  });

  it('leaves words known as written, Roman numerals, short capitals and words with no known form', () => {
    const knowsRaouliii: WordRank = (word) => (word === 'raouliii' ? 1 : rank(word));
    expect(withStretchedWordsUndone('What were the origins of the Raouliii family?', knowsRaouliii)).toBe(
      'What were the origins of the Raouliii family?',
    );
    expect(withStretchedWordsUndone('where is henry viii buried', rank)).toBe('where is henry viii buried');
    expect(withStretchedWordsUndone('Who did King Charles III swear fealty to?', rank)).toBe('Who did King Charles III swear fealty to?');
    expect(withStretchedWordsUndone('Where are RPP and PPP located?', rank)).toBe('Where are RPP and PPP located?');
    expect(withStretchedWordsUndone('brrr so cold', rank)).toBe('brrr so cold');
    expect(withStretchedWordsUndone('who led the talks', rank)).toBe('who led the talks');
  });
});

describe('withStretchesShortened', () => {
  it('takes every stretch down to one or two letters, with no word list', () => {
    expect(withStretchesShortened('thanksss hiii', 1)).toBe('thanks hi');
    expect(withStretchesShortened('gooood bot', 2)).toBe('good bot');
    expect(withStretchesShortened('all good', 1)).toBe('all good');
  });
});

describe('withRepeatedMarksSingled', () => {
  it('takes a run of question marks down to one', () => {
    expect(withRepeatedMarksSingled('where were the talks??')).toBe('where were the talks?');
    expect(withRepeatedMarksSingled('where were the talks ? ? ?')).toBe('where were the talks ?');
  });

  it('keeps the question mark of a run that mixes marks, and an exclamation of one that holds none', () => {
    expect(withRepeatedMarksSingled('who led the us delegation?!')).toBe('who led the us delegation?');
    expect(withRepeatedMarksSingled('who led the us delegation!?')).toBe('who led the us delegation?');
    expect(withRepeatedMarksSingled('who led the us delegation!!!')).toBe('who led the us delegation!');
  });

  it('leaves single marks, other punctuation and runs in the middle of a message as one mark each', () => {
    expect(withRepeatedMarksSingled('what? who said that?')).toBe('what? who said that?');
    expect(withRepeatedMarksSingled('what did russia want...')).toBe('what did russia want...');
    expect(withRepeatedMarksSingled('wait what?? who met in geneva??')).toBe('wait what? who met in geneva?');
  });
});
