/** The outcome of asking for a token. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Tokens refilled per minute, which is also the burst size. */
  perMinute: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Beyond this many tracked users, buckets that have refilled completely are forgotten. */
const SWEEP_THRESHOLD = 10_000;

/**
 * A token bucket per user: `perMinute` questions in a burst, then one more each
 * 60/perMinute seconds. Memory stays bounded: full buckets carry no information and are swept.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    this.capacity = options.perMinute;
    this.refillPerMs = options.perMinute / 60_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Takes one token for `key` if there is one; otherwise says how long until there will be. */
  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > SWEEP_THRESHOLD) this.sweep(now);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.refillPerMs) };
  }

  /** Number of users currently tracked (for tests and diagnostics). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.capacity, updatedAt: now };
    const tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    return { tokens, updatedAt: now };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.capacity) this.buckets.delete(key);
    }
  }
}
