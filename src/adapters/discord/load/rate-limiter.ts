/** The outcome of asking for a question. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Questions allowed in any 60 seconds; all of them may come at once. */
  perMinute: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

const WINDOW_MS = 60_000;

/** Beyond this many tracked users, those with nothing in the last minute are forgotten. */
const SWEEP_THRESHOLD = 10_000;

/**
 * A sliding window per user: at most `perMinute` questions in any 60 seconds. The burst is the
 * same number (they may all come at once); the next is allowed when the oldest of them is a
 * minute old. So "5 a minute" means five, never more, in any minute. (A token bucket, used
 * before, let a member have about twice that in the first minute: the burst plus the refill.)
 * Memory stays bounded: at most `perMinute` times per user, and idle users are swept.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private readonly limit: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    this.limit = options.perMinute;
    this.now = options.now ?? (() => performance.now());
  }

  /** Counts a question for `key` if the last minute has room; otherwise says how long until it will. */
  take(key: string): RateDecision {
    const now = this.now();
    const times = (this.recent.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
    if (times.length < this.limit) {
      times.push(now);
      this.recent.set(key, times);
      if (this.recent.size > SWEEP_THRESHOLD) this.sweep(now);
      return { allowed: true };
    }
    this.recent.set(key, times);
    return { allowed: false, retryAfterMs: Math.ceil((times[0] ?? now) + WINDOW_MS - now) };
  }

  /** Number of users currently tracked (for tests and diagnostics). */
  get size(): number {
    return this.recent.size;
  }

  private sweep(now: number): void {
    for (const [key, times] of this.recent) {
      if (now - (times.at(-1) ?? 0) >= WINDOW_MS) this.recent.delete(key);
    }
  }
}
