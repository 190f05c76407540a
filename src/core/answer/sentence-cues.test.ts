import { describe, expect, it } from 'vitest';
import { boldCandidates, carriers, cueSpans, holdsPerson, holdsPlace } from './sentence-cues.js';

/** The sentence's names that the question does not hold, as the features pass them. */
const names = (sentence: string, question = ''): ReturnType<typeof cueSpans> => cueSpans('who', sentence, question);

describe('person and place names', () => {
  it('knows a person by a given name, a surname, an honorific or a role before the name', () => {
    for (const sentence of [
      'The talks were led by Wendy Sherman.',
      'The proposal was rejected by President Biden.',
      'Reported by Tass, Ryabkov, a deputy foreign minister, spoke with Mr Lavrov.',
      'The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov.',
      "It was Sherman's view.",
    ])
      expect(holdsPerson(names(sentence), sentence), sentence).toBe(true);
  });

  it('does not take countries, organisations or places for people', () => {
    for (const sentence of [
      'Even so, the US is conducting additional negotiations with Russia.',
      'NATO will not allow itself to be dictated by Moscow.',
      'The meeting took place in Geneva.',
    ])
      expect(holdsPerson(names(sentence), sentence), sentence).toBe(false);
  });

  it('leaves out the names the question already holds', () => {
    const sentence = 'Wendy Sherman spoke to Russia.';
    expect(holdsPerson(names(sentence, 'what did wendy sherman say'), sentence)).toBe(false);
    expect(holdsPerson(names(sentence, 'who spoke to russia'), sentence)).toBe(true);
  });

  it('leaves out only names the question holds as whole words', () => {
    const sentence = "But the three demands in Russia's security proposal were deemed unrealistic by some US officials.";
    // "us" is inside "russia's", and "UN" would be inside "unrealistic": neither is in the question.
    expect(names(sentence, "who called russia's demands unrealistic").map((span) => span.text)).toContain('US');
    expect(names('Officials of the UN spoke first.', 'who called it unrealistic').map((span) => span.text)).toContain('UN');
    expect(names(sentence, 'what did the us officials call them').map((span) => span.text)).not.toContain('US');
    expect(names('Talks with Iran resumed.', 'what about iran?').map((span) => span.text)).not.toContain('Iran');
    expect(cueSpans('when', 'They met in 2022.', 'what happened in 20221')).toHaveLength(1);
    expect(cueSpans('when', 'They met in 2022.', 'what happened in 2022')).toHaveLength(0);
  });

  it('knows places of one or several words, and not people or organisations', () => {
    expect(holdsPlace(names('The talks were held in Geneva.'))).toBe(true);
    expect(holdsPlace(names('She moved to New York City last year.'))).toBe(true);
    expect(holdsPlace(names('Troops gathered near Ukraine.'))).toBe(true);
    expect(holdsPlace(names('Wendy Sherman met NATO officials.'))).toBe(false);
    expect(holdsPlace(names('The talks were held in Geneva.', 'where in geneva were the talks'))).toBe(false);
  });
});

describe('boldCandidates', () => {
  it('keeps only the persons of a who-answer when it names any, and every name otherwise', () => {
    const sentence = 'According to the Associated Press, Wendy Sherman, head of the US delegation, told Russia that the door stays open.';
    expect(boldCandidates('who', sentence, 'who said that').map((span) => span.text)).toEqual(['Wendy Sherman']);
    const bodies = 'The US delegation met with the Russian delegation in Geneva.';
    // No person named: every name stays a candidate.
    expect(boldCandidates('who', bodies, 'who met in geneva')).toEqual(cueSpans('who', bodies, 'who met in geneva'));
    expect(boldCandidates('who', bodies, 'who met in geneva').length).toBeGreaterThan(1);
    // Other kinds are left as they are.
    expect(boldCandidates('when', 'The talks began on January 10.', 'when did the talks begin').map((span) => span.text)).toEqual(['January 10']);
  });
});

describe('the bold of a finer kind of amount or date', () => {
  const texts = (question: string, sentence: string): string[] => boldCandidates('quantity', sentence, question).map((span) => span.text);

  it('keeps the amounts of the kind asked for, when the sentence states one', () => {
    const sentence = 'The hearing between the two firms lasted nearly six hours.';
    expect(texts('how long did the hearing last', sentence)).toEqual(['six hours']);
    expect(texts('hearing how long', sentence)).toEqual(['six hours']);
    expect(boldCandidates('when', 'On Friday, 3 March, the court met at 09:30.', 'what day did the court meet').map((span) => span.text)).toEqual(['Friday', '3 March']);
  });

  it('keeps every amount when none is of that kind, or the question asks for none', () => {
    expect(texts('how long was the bridge', 'The two towers stand three blocks apart.')).toEqual(['two', 'three']);
    expect(texts('how many firms took part', 'The hearing between the two firms lasted nearly six hours.')).toEqual(['two', 'six hours']);
  });
});

describe('the carrier of reported words', () => {
  it('is the name after "according to" or "reported by", before "reported", or the owner of the speaker', () => {
    const names = (sentence: string): string[] => carriers(sentence).map((span) => span.text);
    expect(names('According to the Associated Press, Wendy Sherman told Russia that the door stays open.')).toEqual(['Associated Press']);
    expect(names('Reported by Tass, Sergei Ryabkov said the demands stand.')).toEqual(['Tass']);
    expect(names("According to the BBC's James Landdale, the demands were designed to be rejected.")).toEqual(['BBC']);
    expect(names('Wendy Sherman said the talks were frank.')).toEqual([]);
  });

  it('reads "who reported …" as a question for the outlet, and never bolds a person the question names by surname', () => {
    const sentence = 'Reported by Tass, Sergei Ryabkov said the demands stand.';
    expect(boldCandidates('who', sentence, "who reported ryabkov's quote").map((span) => span.text)).toEqual(['Tass']);
    const named = 'The plan was backed by Foreign Minister Anna Bergman and opposed by Mayor John Carter.';
    expect(boldCandidates('who', named, 'who opposed what bergman backed').map((span) => span.text)).toEqual(['Mayor John Carter']);
  });

  it('takes the bold of a question for an outlet, and leaves other questions as they were', () => {
    const sentence = 'Reported by Tass, Sergei Ryabkov said the demands stand.';
    expect(boldCandidates('other', sentence, 'which outlet reported what ryabkov said').map((span) => span.text)).toEqual(['Tass']);
    expect(boldCandidates('who', sentence, 'who said the demands stand').map((span) => span.text)).toEqual(['Sergei Ryabkov']);
  });
});

describe('a known person\'s name opening the sentence', () => {
  it('can take the bold of a who-answer, though a capitalised first word is no name by itself', () => {
    const sentence = 'Sherman called the conversation an "honest and frank discussion" but would not show any progress.';
    expect(boldCandidates('who', sentence, 'who called it an honest and frank discussion').map((span) => span.text)).toEqual(['Sherman']);
    // Not when the question names the person, nor for a word that is no one's name.
    expect(boldCandidates('who', sentence, 'what did sherman call the conversation')).toEqual([]);
    expect(boldCandidates('who', 'Talks lasted nearly eight hours.', 'who talked for eight hours')).toEqual([]);
  });
});

describe('the bold of a name that opens its sentence', () => {
  it('leaves out the opening word the capitalised run took in ("But President Biden")', () => {
    expect(boldCandidates('who', 'But President Biden rejected the red line claim.', 'who rejected the claim').map((span) => span.text)).toEqual(['President Biden']);
    expect(boldCandidates('who', 'Even Chancellor Merkel agreed.', 'who agreed').map((span) => span.text)).toEqual(['Chancellor Merkel']);
    expect(boldCandidates('who', 'President Biden rejected the claim.', 'who rejected the claim').map((span) => span.text)).toEqual(['President Biden']);
  });
});
