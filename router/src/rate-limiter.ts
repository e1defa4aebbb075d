/**
 * A token bucket per caller: `burst` requests at once, refilled at
 * `perSecond`. Callers idle long enough to be full again are forgotten, so
 * the table holds only those currently sending.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  #sweptAt = Date.now();

  /** Takes one request from the caller's bucket; returns 0 when allowed, else the seconds until it would be. */
  take(caller: string, perSecond: number, burst: number, now = Date.now()): number {
    if (now - this.#sweptAt > 60_000) this.#sweep(now, perSecond, burst);
    const bucket = this.#buckets.get(caller);
    const tokens = bucket ? Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond) : burst;
    if (tokens < 1) {
      if (bucket) Object.assign(bucket, { tokens, at: now });
      return Math.ceil((1 - tokens) / perSecond);
    }
    if (bucket) Object.assign(bucket, { tokens: tokens - 1, at: now });
    else this.#buckets.set(caller, { tokens: tokens - 1, at: now });
    return 0;
  }

  #sweep(now: number, perSecond: number, burst: number): void {
    this.#sweptAt = now;
    for (const [caller, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.#buckets.delete(caller);
    }
  }
}
