import { describe, expect, it } from 'vitest';
import { conversationPlace } from './conversation-place.js';

const site = { questionId: '10', userId: '20', guildId: '30', private: false };

describe('conversationPlace', () => {
  it('gives each member one DM conversation that forgets after a silence', () => {
    expect(conversationPlace({ ...site, guildId: null })).toEqual({ conversationId: 'dm:20', keepWhenIdle: false, record: true });
    expect(conversationPlace({ ...site, guildId: null, private: true })).toMatchObject({ conversationId: 'dm:20', record: true });
  });

  it("continues a bot thread's conversation, and a replied-to message's, with their history kept", () => {
    expect(conversationPlace({ ...site, botThreadId: '40' })).toEqual({ conversationId: 'thread:40', keepWhenIdle: true, record: true });
    expect(conversationPlace({ ...site, repliedConversation: 'question:5' })).toEqual({ conversationId: 'question:5', keepWhenIdle: true, record: true });
  });

  it('starts a conversation of its own elsewhere', () => {
    expect(conversationPlace(site)).toEqual({ conversationId: 'question:10', keepWhenIdle: true, record: true });
  });

  it('never records a private answer given in a server', () => {
    expect(conversationPlace({ ...site, private: true }).record).toBe(false);
    expect(conversationPlace({ ...site, private: true, botThreadId: '40' })).toMatchObject({ conversationId: 'thread:40', record: false });
  });
});
