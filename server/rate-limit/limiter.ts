import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type Redis from "ioredis";
import { AppError } from "../errors";
import { sharedRedis } from "./store";

/** A limit: `points` per `durationSeconds` for each key (an IP, an email, a key id). */
export type LimitSpec = { name: string; points: number; durationSeconds: number };

/** A 429 that says when to come back (the Retry-After header of REST answers). */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number) {
    super("TOO_MANY_REQUESTS", `${message} Try again in ${retryAfterSeconds} s.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export type Limiter = {
  readonly spec: LimitSpec;
  /** Takes `points` for `key` and says how many it has used in the window, or throws
   * RateLimitedError when the key has none left. */
  consume(key: string, points?: number, message?: string): Promise<{ consumed: number }>;
  /** Shuts the key out for `seconds` (backoff after repeated abuse). */
  block(key: string, seconds: number): Promise<void>;
  /** Forgets the key (e.g. an account's failed sign-ins once one succeeds). */
  reset(key: string): Promise<void>;
};

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export function createLimiter(spec: LimitSpec, redis: Redis | null = sharedRedis()): Limiter {
  const options = { keyPrefix: `cairn:${spec.name}`, points: spec.points, duration: spec.durationSeconds };
  const memory = new RateLimiterMemory(options);
  // With Redis, memory is the insurance: an outage degrades to per-instance limits, never to none
  // and never to errors.
  const store: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
    : memory;
  return {
    spec,
    async consume(key, points = 1, message = "Too many requests.") {
      try {
        const res = await store.consume(key, points);
        return { consumed: res.consumedPoints };
      } catch (e) {
        if (e instanceof RateLimiterRes) throw new RateLimitedError(message, retryAfter(e));
        throw e;
      }
    },
    async block(key, seconds) {
      await store.block(key, seconds);
    },
    async reset(key) {
      await store.delete(key);
    },
  };
}
