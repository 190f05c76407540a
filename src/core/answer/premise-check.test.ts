import { describe, expect, it } from 'vitest';
import { correctedPremiseAnswer, premiseQuestion } from './premise-check.js';

describe('premiseQuestion', () => {
  it('leaves a place, a time or a person open, with its preposition', () => {
    expect(premiseQuestion('the talks were held in Vienna?', ['Vienna'])).toBe('where the talks were held?');
    expect(premiseQuestion('was it in February?', ['February'])).toBe('when was it?');
    expect(premiseQuestion("The proposal was sent in November, wasn't it?", ['November'])).toBe("when the proposal was sent, wasn't it?");
    expect(premiseQuestion('did Blinken lead the US team?', ['Blinken'])).toBe('who did lead the US team?');
    expect(premiseQuestion('Was it Reuters that quoted Sherman?', ['Reuters'])).toBe('who was it that quoted Sherman?');
  });

  it('leaves two names of one kind open together', () => {
    expect(premiseQuestion('the red lines were Poland and Hungary?', ['Poland', 'Hungary'])).toBe('where the red lines were?');
  });

  it('reads a name in any case', () => {
    expect(premiseQuestion('the talks were in vienna?', ['Vienna'])).toBe('where the talks were?');
  });

  it('asks nothing again for a question with a question word, a plain number or names of two kinds', () => {
    expect(premiseQuestion('what did Blinken say?', ['Blinken'])).toBeUndefined();
    expect(premiseQuestion('russia had 10000 troops?', ['10000'])).toBeUndefined();
    expect(premiseQuestion('did Blinken go to Vienna?', ['Blinken', 'Vienna'])).toBeUndefined();
    expect(premiseQuestion('was it Blinken?', ['Lavrov'])).toBeUndefined();
    expect(premiseQuestion('Vienna?', ['Vienna'])).toBeUndefined();
    expect(premiseQuestion('did the talks happen?', [])).toBeUndefined();
  });
});

describe('correctedPremiseAnswer', () => {
  it('says the name is never mentioned before the quotes, and moves their highlights', () => {
    const quoted = { answer: 'They met in Geneva. [1]', citations: [], highlights: [{ start: 12, end: 18 }] };
    const corrected = correctedPremiseAnswer(['Vienna'], quoted);
    expect(corrected.answer).toBe('The article never mentions Vienna. What it says: They met in Geneva. [1]');
    const [highlight] = corrected.highlights;
    expect(corrected.answer.slice(highlight?.start, highlight?.end)).toBe('Geneva');
    expect(correctedPremiseAnswer(['Poland', 'the Baltics'], quoted).answer).toMatch(/^The article never mentions Poland or the Baltics\. /);
  });
});
