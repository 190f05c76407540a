import { describe, expect, it } from 'vitest';
import { asksWhen, saysWhen } from './time-evidence.js';

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
