import type { Logger } from 'pino';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What one clean-up deleted. */
export interface PruneCounts {
  answers: number;
  conversations: number;
}

/** What retention needs of the bot's state (the Discord adapter's state store provides it). */
export interface PrunableState {
  /** Deletes answers older than `cutoff` and conversations idle since before it. */
  prune(cutoff: Date): PruneCounts;
}

/** A running retention schedule. */
export interface Retention {
  /** Deletes what is older than the retention period now; returns how many answers and conversations went. */
  pruneNow(): PruneCounts;
  stop(): void;
}

/**
 * Keeps the bot's state from growing without end, and members' questions from being kept longer
 * than needed: answers (with their votes) older than `days`, and conversations idle that long,
 * are deleted at start-up and then once a day. `days` 0 keeps everything.
 */
export function startRetention(
  state: PrunableState,
  options: { days: number; logger: Logger; now?: () => number; intervalMs?: number },
): Retention {
  const now = options.now ?? Date.now;
  const none: PruneCounts = { answers: 0, conversations: 0 };
  const pruneNow = (): PruneCounts => {
    if (options.days <= 0) return none;
    const cutoff = new Date(now() - options.days * DAY_MS);
    try {
      const removed = state.prune(cutoff);
      if (removed.answers > 0 || removed.conversations > 0) {
        options.logger.info({ ...removed, cutoff: cutoff.toISOString() }, 'old answers and conversations deleted');
      }
      return removed;
    } catch (error) {
      // A failed clean-up must not stop the bot; the next run tries again.
      options.logger.error({ err: error }, 'could not delete old answers and conversations');
      return none;
    }
  };
  pruneNow();
  const timer = options.days > 0 ? setInterval(pruneNow, options.intervalMs ?? DAY_MS) : undefined;
  timer?.unref();
  return { pruneNow, stop: () => clearInterval(timer) };
}
