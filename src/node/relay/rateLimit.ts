// A token bucket per key: a burst of `burst` requests, refilled at `perMinute` a minute. Enough for
// a push's uploads in parallel, and a stop to a leaked key being used to exhaust the account's
// daily API quota.
export interface RateDecision {
  ok: boolean;
  /** Whole seconds until one request is allowed again (for Retry-After); 0 when ok. */
  retryAfter: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const t = this.now();
    const rate = this.perMinute / 60_000; // tokens per millisecond
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + (t - b.at) * rate);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true, retryAfter: 0 };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000)) };
  }
}
