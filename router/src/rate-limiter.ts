interface Bucket {
  tokens: number;
  at: number;
  perSecond: number;
  burst: number;
}

const refilled = (bucket: Bucket, now: number) => Math.min(bucket.burst, bucket.tokens + ((now - bucket.at) / 1000) * bucket.perSecond);

/**
 * A token bucket per caller: `burst` requests at once, refilled at
 * `perSecond`. Callers idle long enough to be full again are forgotten, so
 * the table holds only those currently sending.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  #sweptAt = Date.now();

  /** Takes one request from the caller's bucket; returns 0 when allowed, else the seconds until it would be. */
  take(caller: string, perSecond: number, burst: number, now = Date.now()): number {
    if (now - this.#sweptAt > 60_000) this.#sweep(now);
    let bucket = this.#buckets.get(caller);
    if (!bucket) {
      bucket = { tokens: burst, at: now, perSecond, burst };
      this.#buckets.set(caller, bucket);
    }
    Object.assign(bucket, { tokens: refilled(bucket, now), at: now, perSecond, burst });
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / perSecond);
    bucket.tokens -= 1;
    return 0;
  }

  #sweep(now: number): void {
    this.#sweptAt = now;
    for (const [caller, bucket] of this.#buckets) if (refilled(bucket, now) >= bucket.burst) this.#buckets.delete(caller);
  }
}
