import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../limits.js';
import { statsReply } from './stats-reply.js';

describe('statsReply', () => {
  it('shows the numbers, shares, top unanswered questions (escaped) and feedback, privately', () => {
    const reply = statsReply(
      {
        questions: 8,
        answered: 6,
        unanswered: 2,
        topUnanswered: [{ question: 'Is *this* @everyone?', count: 2 }],
        votes: { up: 3, down: 1 },
        lateAcknowledgements: { count: 2, refused: 1, slowestMs: 4057 },
      },
      'My Server',
    );
    expect(reply.ephemeral).toBe(true);
    const embed = reply.embeds?.[0];
    expect(embed?.title).toBe('Question statistics for My Server');
    expect(embed?.fields?.map((field) => [field.name, field.value])).toEqual([
      ['Questions asked', '8'],
      ['Answered', '6 (75%)'],
      ['Not in the article', '2 (25%)'],
      ['Most frequent unanswered questions', '1. Is \\*this\\* @\u200beveryone? (×2)'],
      ['Feedback', '👍 3 · 👎 1'],
      ['Late acknowledgements (over 3 s)', '2, 1 refused by Discord ("did not respond"); slowest 4.1 s'],
    ]);
  });

  it('handles no questions yet, and keeps a long list within a field', () => {
    const empty = statsReply(
      {
        questions: 0,
        answered: 0,
        unanswered: 0,
        topUnanswered: [],
        votes: { up: 0, down: 0 },
        lateAcknowledgements: { count: 0, refused: 0, slowestMs: null },
      },
      'S',
    );
    expect(empty.embeds?.[0]?.fields?.[1]?.value).toBe('0 (–)');
    expect(empty.embeds?.[0]?.fields?.[5]?.value).toBe('None');
    const many = statsReply(
      {
        questions: 9,
        answered: 0,
        unanswered: 9,
        topUnanswered: Array.from({ length: 20 }, () => ({ question: 'q'.repeat(300), count: 1 })),
        votes: { up: 0, down: 0 },
        lateAcknowledgements: { count: 0, refused: 0, slowestMs: null },
      },
      'S',
    );
    expect(many.embeds?.[0]?.fields?.[3]?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  });
});
