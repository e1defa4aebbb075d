import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('the rate limiter', () => {
  it('lets a burst through, refuses the next with the seconds to wait, and refills at the sustained rate', () => {
    const limiter = new RateLimiter();
    const start = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('ada', 2, 3, start))).toEqual([0, 0, 0]);
    expect(limiter.take('ada', 2, 3, start)).toBe(1);
    expect(limiter.take('bea', 2, 3, start)).toBe(0);
    expect(limiter.take('ada', 2, 3, start + 500)).toBe(0);
    expect(limiter.take('ada', 2, 3, start + 500)).toBe(1);
  });

  it('forgets only callers whose bucket is full again, by their own rate', () => {
    const limiter = new RateLimiter();
    const start = 1_000_000;
    for (let request = 0; request < 10; request += 1) limiter.take('slow', 0.01, 10, start);
    // A minute later a fast caller's request sweeps the table; the slow caller has refilled less than one request.
    limiter.take('fast', 1_000, 1_000, start + 61_000);
    expect(limiter.take('slow', 0.01, 10, start + 61_000)).toBeGreaterThan(0);
  });
});
