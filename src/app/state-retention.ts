import type { Logger } from 'pino';
import type { StateStore } from '../adapters/discord/state/state-store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A running retention schedule. */
export interface Retention {
  /** Deletes what is older than the retention period now; returns how many answers went. */
  pruneNow(): number;
  stop(): void;
}

/**
 * Keeps the bot's state from growing without end, and members' questions from being kept longer
 * than needed: answers (with their votes) older than `days` are deleted at start-up and then
 * once a day. `days` 0 keeps everything.
 */
export function startRetention(
  state: StateStore,
  options: { days: number; logger: Logger; now?: () => number; intervalMs?: number },
): Retention {
  const now = options.now ?? Date.now;
  const pruneNow = (): number => {
    if (options.days <= 0) return 0;
    const cutoff = new Date(now() - options.days * DAY_MS);
    try {
      const removed = state.prune(cutoff);
      if (removed > 0) options.logger.info({ removed, cutoff: cutoff.toISOString() }, 'old answers deleted');
      return removed;
    } catch (error) {
      // A failed clean-up must not stop the bot; the next run tries again.
      options.logger.error({ err: error }, 'could not delete old answers');
      return 0;
    }
  };
  pruneNow();
  const timer = options.days > 0 ? setInterval(pruneNow, options.intervalMs ?? DAY_MS) : undefined;
  timer?.unref();
  return { pruneNow, stop: () => clearInterval(timer) };
}
