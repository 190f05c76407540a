import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter (sliding minute per user)', () => {
  it('allows a burst of perMinute at once, then the next only when the oldest is a minute old', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 5, now: () => now });
    for (let count = 0; count < 5; count += 1) expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    now = 45_000;
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 15_000 });
    now = 60_000;
    for (let count = 0; count < 5; count += 1) expect(limiter.take('alice')).toEqual({ allowed: true });
    now = 70_000;
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 50_000 });
  });

  it('never allows more than perMinute in any minute, however the questions are spread (the audit counted ~10 with a token bucket)', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 5, now: () => now });
    const allowedAt: number[] = [];
    // A member asking every second for three minutes.
    for (now = 0; now < 180_000; now += 1000) if (limiter.take('alice').allowed) allowedAt.push(now);
    expect(allowedAt.filter((at) => at < 60_000)).toHaveLength(5);
    for (const start of allowedAt) expect(allowedAt.filter((at) => at >= start && at < start + 60_000).length).toBeLessThanOrEqual(5);
    expect(allowedAt).toEqual([0, 1000, 2000, 3000, 4000, 60_000, 61_000, 62_000, 63_000, 64_000, 120_000, 121_000, 122_000, 123_000, 124_000]);
  });

  it('forgets users with nothing in the last minute once it tracks many', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, now: () => now });
    for (let user = 0; user < 10_000; user += 1) limiter.take(`user${user}`);
    now = 60_000;
    limiter.take('newcomer');
    expect(limiter.size).toBe(1);
  });
});
