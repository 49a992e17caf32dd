import Redis from "ioredis";
import { env } from "../env";

// Where limit counters live: Redis when REDIS_URL is set, so several app instances share them;
// otherwise each limiter counts in process memory (the embedded, single-instance setup).

let client: Redis | null | undefined;

export function sharedRedis(): Redis | null {
  if (client === undefined) client = env.REDIS_URL ? connect(env.REDIS_URL) : null;
  return client;
}

export function connect(url: string): Redis {
  // No offline queue: while Redis is unreachable a limiter answers at once from its in-memory
  // insurance limiter instead of holding requests.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on("error", (e) => console.error("[rate-limit] redis:", e.message));
  return redis;
}
