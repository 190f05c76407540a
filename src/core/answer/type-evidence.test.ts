import { describe, expect, it } from 'vitest';
import { asksAmount, asksWhen, missingKind, saysAmount, saysWhen } from './type-evidence.js';

describe('asksWhen', () => {
  it('knows questions that open by asking when', () => {
    for (const question of ['when will they meet', 'When did the talks begin?', 'since when are the troops there', 'at what time did it start', 'what year was it signed', 'on which day did they meet'])
      expect(asksWhen(question), question).toBe(true);
  });

  it('leaves questions that ask something else, with "when" inside them or first', () => {
    for (const question of ['who was the leader when the franks came', 'When the river leaves the lake, which way does it flow?', 'when and where did they meet', 'where did they meet', 'how long did it last'])
      expect(asksWhen(question), question).toBe(false);
  });
});

describe('saysWhen', () => {
  it('finds dates, times, numbers and words of time, generously', () => {
    for (const sentence of [
      'On January 10, 2022, the two sides met.',
      'The diplomacy began shortly before 08:00 local time.',
      'Rapid warming began about 13,000 BP.',
      'At the end of World War I, the region was occupied.',
      'By the time of the Miocene, a river system had developed.',
      'The proposal will be discussed this week.',
      'The talks resume after the holidays.',
    ])
      expect(saysWhen(sentence, 'when did it happen'), sentence).toBe(true);
  });

  it('finds nothing in a sentence that places nothing in time', () => {
    expect(saysWhen('The second and third stage of the meeting will involve Russia with NATO and Russia with the OSCE.', 'when will russia meet the osce')).toBe(false);
    expect(saysWhen('According to the BBC, the demands were designed to be rejected.', 'when would they invade')).toBe(false);
  });
});

describe('asksAmount and saysAmount', () => {
  it('knows questions that open by asking for an amount', () => {
    for (const question of ['how many troops are there', 'How much did it cost?', 'how long did the talks last', 'how often do they meet'])
      expect(asksAmount(question), question).toBe(true);
    for (const question of ['how did they respond', 'how many troops, and where are they?', 'what is the number'])
      expect(asksAmount(question), question).toBe(false);
  });

  it('knows questions that ask for an amount by its noun', () => {
    for (const question of ['what figure for russian troops near the border?', 'what is the number of missing persons', "what's the total number of dams damaged", 'what percentage of the vote did she win'])
      expect(asksAmount(question), question).toBe(true);
    for (const question of ['what was the count of apulia', 'what figures are quoted, and who said it?'])
      expect(asksAmount(question), question).toBe(false);
  });

  it('knows questions that ask what a salary, price, cost or population is', () => {
    for (const question of ["what is wendy sherman's salary", "what was cinderella's budget", 'what is the total cost', "what's the population of geneva", "what is india's current income gap"])
      expect(asksAmount(question), question).toBe(true);
    for (const question of ['what costs will solar energy lower?', 'what is a contingent fee', 'what is the cost of war to russia, and who pays it?', 'what price did russia name for peace'])
      expect(asksAmount(question), question).toBe(false);
  });

  it('finds numbers, number words, ordinals, words of quantity and spans of time', () => {
    for (const sentence of ['About 100,000 troops are there.', 'Three demands were made.', 'It was his fourth appearance.', 'Several ships sank.', 'The talks lasted for hours.'])
      expect(saysAmount(sentence), sentence).toBe(true);
    expect(saysAmount('The buildup of Russian troops near the Ukrainian border has raised concerns.')).toBe(false);
  });
});

describe('missingKind', () => {
  it('names what none of the answer\'s sentences holds', () => {
    expect(missingKind('when will they meet', ['The meeting will involve both sides.'])).toBe('no-time');
    expect(missingKind('how many ships sank', ['The storm hit the harbour.'])).toBe('no-amount');
  });

  it('is satisfied when any sentence of the answer holds it, or the question asks for neither', () => {
    expect(missingKind('how many soldiers are near the border', ['The buildup near the border worries Europe.', 'Russia has amassed about 100,000 troops.'])).toBeUndefined();
    expect(missingKind('who led the talks', ['The talks were long.'])).toBeUndefined();
  });

  it('asks for the finer kind the wording names: an age, a duration, a sum, a day', () => {
    // Each sentence holds some number, which "how many" would take, but not the kind asked for.
    expect(missingKind('how old is ricciardo', ['Ricciardo finished his 2014 season in third place.'])).toBe('no-amount');
    expect(missingKind('how long was the train stuck at the border', ['Two soldiers came on board at the border.'])).toBe('no-amount');
    expect(missingKind('how much did the tickets for the ceremony cost', ['Seven artists will be inducted at the ceremony.'])).toBe('no-amount');
    expect(missingKind('what day did the first meeting happen', ['The first meeting began at 08:00.'])).toBe('no-time');
  });

  it('is satisfied by a sentence holding the finer kind, however it is written', () => {
    expect(missingKind('how old is ricciardo', ['"It\'s frustrating," said the 25-year-old.'])).toBeUndefined();
    expect(missingKind('how old was the student', ['Aslan, 20, was a first-year university student.'])).toBeUndefined();
    expect(missingKind('how long was lily stuck in there', ['Lily may have been strapped into her seat for 14 hours.'])).toBeUndefined();
    expect(missingKind('how much does the snow cost', ['For $89, Kyle Waring will ship you 6 pounds of snow.'])).toBeUndefined();
    expect(missingKind('what day did the first meeting happen', ['On Monday (10/1/22), the delegations met in Geneva.'])).toBeUndefined();
  });
});
