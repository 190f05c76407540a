import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter (token bucket per user)', () => {
  it('allows a burst of perMinute, then one more every 60/perMinute seconds', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 5, now: () => now });
    for (let count = 0; count < 5; count += 1) expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 12_000 });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    now = 6_000;
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterMs: 6_000 });
    now = 12_000;
    expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toMatchObject({ allowed: false });
  });

  it('never refills past the burst size', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 2, now: () => now });
    limiter.take('alice');
    now = 3_600_000;
    expect(
      [limiter.take('alice'), limiter.take('alice'), limiter.take('alice')].map(
        (decision) => decision.allowed,
      ),
    ).toEqual([true, true, false]);
  });

  it('forgets users whose bucket has refilled once it tracks many', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, now: () => now });
    for (let user = 0; user < 10_000; user += 1) limiter.take(`user${user}`);
    now = 60_000;
    limiter.take('newcomer');
    expect(limiter.size).toBe(1);
  });
});
