import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../state/state-store.js';
import { mayUseAnswer } from './answer-access.js';

const record = (fields: Pick<AnswerRecord, 'askerId' | 'isPrivate'>): AnswerRecord => ({
  answerId: '1',
  askedAt: new Date(0),
  guildId: 'guild',
  via: 'command',
  question: 'Who led?',
  abstained: false,
  mode: 'extractive',
  citations: [],
  ...fields,
});

describe('mayUseAnswer', () => {
  it('lets the asker use a private answer, and nobody else, wherever the button is', () => {
    const secret = record({ askerId: 'alice', isPrivate: true });
    expect(mayUseAnswer(secret, 'alice', false)).toBe(true);
    expect(mayUseAnswer(secret, 'bob', false)).toBe(false);
    expect(mayUseAnswer(secret, 'bob', true)).toBe(false);
  });

  it('lets anyone use a public answer', () => {
    expect(mayUseAnswer(record({ askerId: 'alice', isPrivate: false }), 'bob', false)).toBe(true);
  });

  it('allows an answer recorded before the asker was kept only from its own message', () => {
    const legacy = record({ askerId: null, isPrivate: null });
    expect(mayUseAnswer(legacy, 'bob', true)).toBe(true);
    expect(mayUseAnswer(legacy, 'bob', false)).toBe(false);
  });
});
