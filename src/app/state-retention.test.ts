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
  it('deletes answers older than the retention period at start and on each later run', () => {
    const store = SqliteStateStore.open(':memory:');
    let now = 100 * DAY;
    store.recordAnswer(answer('old', now - 91 * DAY));
    store.recordAnswer(answer('recent', now - 89 * DAY));
    const { logger, lines } = recordingLogger();
    const retention = startRetention(store, { days: 90, logger, now: () => now });
    running.push({ retention, store });
    expect(store.findAnswer('old')).toBeUndefined();
    expect(store.findAnswer('recent')).toBeDefined();
    expect(lines.find((line) => line.msg === 'old answers deleted')).toMatchObject({ removed: 1 });
    now += 2 * DAY;
    expect(retention.pruneNow()).toBe(1);
    expect(store.findAnswer('recent')).toBeUndefined();
  });

  it('keeps everything when the period is 0', () => {
    const store = SqliteStateStore.open(':memory:');
    store.recordAnswer(answer('ancient', 0));
    const retention = startRetention(store, { days: 0, logger: recordingLogger().logger });
    running.push({ retention, store });
    expect(retention.pruneNow()).toBe(0);
    expect(store.findAnswer('ancient')).toBeDefined();
  });

  it('logs a failed clean-up and carries on', () => {
    const store = SqliteStateStore.open(':memory:');
    store.close();
    const { logger, lines } = recordingLogger();
    const retention = startRetention(store, { days: 30, logger });
    running.push({ retention, store });
    expect(retention.pruneNow()).toBe(0);
    expect(lines.filter((line) => line.msg === 'could not delete old answers')).toHaveLength(2);
  });
});
