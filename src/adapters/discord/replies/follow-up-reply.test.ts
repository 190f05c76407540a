import { describe, expect, it } from 'vitest';
import { followUpThreadName, threadIntroReply, threadOpenedReply } from './follow-up-reply.js';

describe('follow-up replies', () => {
  it('names a thread after its question, within Discord\'s 100 characters', () => {
    expect(followUpThreadName('Who led the  US delegation?')).toBe('Follow-up: Who led the US delegation?');
    const long = followUpThreadName('why '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.startsWith('Follow-up: why why')).toBe(true);
  });

  it('tells members how to ask in the thread, with or without the Message Content intent', () => {
    expect(threadIntroReply(true, '<@1>').content).toContain('no mention needed');
    expect(threadIntroReply(false, '<@1>').content).toContain('mention me (<@1> …)');
    expect(threadIntroReply(true, '<@1>').allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('answers Follow up privately, pointing at the thread', () => {
    expect(threadOpenedReply('9', true)).toMatchObject({ content: expect.stringContaining('<#9>'), ephemeral: true });
    expect(threadOpenedReply('9', false).content).toBe('Follow-ups on this answer go in <#9>.');
  });
});
