import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { contentTerms, normalizeTerm, properNames, stem, terms } from './terms.js';

describe('terms', () => {
  it('reads one number however it is written: "100,000", "100000", "100k"; "three" as "3", but not "one"', () => {
    expect(terms('100,000 100000 100k 1.5k 1,5 three twenty one 3 2,022')).toEqual(['100000', '100000', '100000', '1500', '1,5', '3', '20', 'one', '3', '2022']);
  });

  it('keeps numbers, times and acronyms whole', () => {
    expect(terms('About 100,000 troops at 08:00 on 10/1/22 in the U.S. and US.')).toEqual([
      'about',
      '100000',
      'troops',
      'at',
      '08:00',
      'on',
      '10/1/22',
      'in',
      'the',
      'us',
      'and',
      'us',
    ]);
  });

  it('drops stopwords and stems content terms', () => {
    expect(contentTerms('What did the Russians demand, negotiating?')).toEqual(
      contentTerms('russian demands negotiations'),
    );
  });

  it('stems an irregular verb form as its base form, however short ("led" as "lead", "met" as "meeting")', () => {
    expect(['led', 'met', 'ran', 'won'].map(stem)).toEqual(['leading', 'meeting', 'running', 'winning'].map(stem));
    expect(stem('began')).toBe(stem('beginning'));
    // Short words that are no verb form stay as they are.
    expect(['us', 'un', 'war'].map(stem)).toEqual(['us', 'un', 'war']);
  });

  it('normalises plain words to lower case, and folds accents, possessives, dots and ordinals', () => {
    expect(['Geneva', 'NATO', 'talks', 'McDonald'].map(normalizeTerm)).toEqual([
      'geneva',
      'nato',
      'talks',
      'mcdonald',
    ]);
    expect(['Hervé', "Russia's", 'Russia’s', 'U.S.', '2nd', 'mid-December'].map(normalizeTerm)).toEqual([
      'herve',
      'russia',
      'russia',
      'us',
      'second',
      'mid-december',
    ]);
  });

  it('finds names that are not merely sentence-initial', () => {
    expect(properNames('The head was Wendy Sherman. NATO agreed with Geneva talks.')).toEqual([
      'wendy',
      'sherman',
      'nato',
      'geneva',
    ]);
  });
});

describe('splitSentences', () => {
  it('keeps offsets exact and does not split after abbreviations', () => {
    const text = 'Mr. Smith met Dr. Jones on Jan. 5. Then he left.\nA new line.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5.',
      'Then he left.',
      'A new line.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
