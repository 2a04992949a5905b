/** Limits of a rate limiter: a bucket of `burst` requests refilled at `perSecond`. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

/** Counts requests per key (a principal, an address). */
export interface RateLimiter {
  /** Takes one request from `key`'s bucket; returns the seconds to wait when it is empty, else 0. */
  take(key: string): number;
  /** The seconds `key` must wait before its next request, without taking one; 0 when it may go. */
  wait(key: string): number;
}

/** Keys remembered at most; the least recently seen go first. */
const MAX_KEYS = 10_000;

/** A token-bucket limiter in memory (per server instance). */
export function createRateLimiter(limit: RateLimit, now: () => number = () => Date.now()): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    wait(key) {
      const bucket = buckets.get(key);
      if (!bucket) return 0;
      const tokens = Math.min(limit.burst, bucket.tokens + ((now() - bucket.at) / 1000) * limit.perSecond);
      return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / limit.perSecond));
    },
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: time };
      buckets.delete(key);
      bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
      bucket.at = time;
      buckets.set(key, bucket);
      if (buckets.size > MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
    },
  };
}
