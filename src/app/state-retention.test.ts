import { afterEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/recording-logger.js';
import { SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import type { AnswerRecord, StateStore } from '../adapters/discord/state/state-store.js';
import { startRetention, type Retention } from './state-retention.js';

const DAY = 24 * 60 * 60 * 1000;
const answer = (answerId: string, askedAt: number): AnswerRecord => ({
  answerId,
  askedAt: new Date(askedAt),
  guildId: 'guild',
  via: 'command',
  askerId: 'asker',
  isPrivate: false,
  question: `Question ${answerId}?`,
  abstained: false,
  mode: 'extractive',
  citations: [],
});

const running: Array<{ retention: Retention; store: StateStore }> = [];
afterEach(() =>
  running.splice(0).forEach(({ retention, store }) => {
    retention.stop();
    store.close();
  }),
);

describe('startRetention', () => {
  it('deletes answers and conversations older than the retention period at start and on each later run', () => {
    const store = SqliteStateStore.open(':memory:');
    let now = 100 * DAY;
    store.recordAnswer(answer('old', now - 91 * DAY));
    store.recordAnswer(answer('recent', now - 89 * DAY));
    store.saveConversation({ id: 'thread:1', turns: [], updatedAt: now - 91 * DAY });
    store.linkMessage('11', 'thread:1', new Date(now - 91 * DAY));
    store.saveConversation({ id: 'dm:2', turns: [], updatedAt: now - 89 * DAY });
    store.linkMessage('22', 'dm:2', new Date(now - 89 * DAY));
    const { logger, lines } = recordingLogger();
    const retention = startRetention(store, { days: 90, logger, now: () => now });
    running.push({ retention, store });
    expect(store.findAnswer('old')).toBeUndefined();
    expect(store.findAnswer('recent')).toBeDefined();
    expect(store.loadConversation('thread:1')).toBeUndefined();
    expect(store.conversationOfMessage('11')).toBeUndefined();
    expect(store.loadConversation('dm:2')).toBeDefined();
    expect(store.conversationOfMessage('22')).toBe('dm:2');
    expect(lines.find((line) => line.msg === 'old answers and conversations deleted')).toMatchObject({ answers: 1, conversations: 1 });
    now += 2 * DAY;
    expect(retention.pruneNow()).toEqual({ answers: 1, conversations: 1 });
    expect(store.findAnswer('recent')).toBeUndefined();
    expect(store.loadConversation('dm:2')).toBeUndefined();
    expect(store.conversationOfMessage('22')).toBeUndefined();
  });

  it('keeps everything when the period is 0', () => {
    const store = SqliteStateStore.open(':memory:');
    store.recordAnswer(answer('ancient', 0));
    const retention = startRetention(store, { days: 0, logger: recordingLogger().logger });
    running.push({ retention, store });
    expect(retention.pruneNow()).toEqual({ answers: 0, conversations: 0 });
    expect(store.findAnswer('ancient')).toBeDefined();
  });

  it('logs a failed clean-up and carries on', () => {
    const store = SqliteStateStore.open(':memory:');
    store.close();
    const { logger, lines } = recordingLogger();
    const retention = startRetention(store, { days: 30, logger });
    running.push({ retention, store });
    expect(retention.pruneNow()).toEqual({ answers: 0, conversations: 0 });
    expect(lines.filter((line) => line.msg === 'could not delete old answers and conversations')).toHaveLength(2);
  });
});
