// `npm run bench:limits`: what the rate limits add to an ingest request. An ingest request takes
// two limits (the address's requests per minute, the key's messages per second) and a third when
// it brings new end users; this times those calls against the same loop calling a no-op, in one
// process, with counters in memory (one instance) and in Redis (several instances; REDIS_URL or
// redis on loopback). Compare with the Server-Timing of a 100-message batch (bench:ingest: about
// 35 ms on SQLite).
import { performance } from "node:perf_hooks";
import { createLimiter, type Limiter } from "../../server/rate-limit/limiter";
import { connect } from "../../server/rate-limit/store";

const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const PER_REQUEST = 3;

async function timePerCall(consume: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 500; i++) await consume(i); // warm-up
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) await consume(i);
  return ((performance.now() - started) * 1000) / CALLS; // µs
}

function limiters(store: "memory" | "redis"): Limiter[] {
  const redis = store === "redis" ? connect(process.env.REDIS_URL || "redis://127.0.0.1:6379") : null;
  const spec = (name: string) => ({ name: `bench-${name}-${Date.now()}`, points: 1e9, durationSeconds: 60 });
  return ["ip", "key", "users"].map((n) => createLimiter(spec(n), redis));
}

async function main() {
  const baseline = await timePerCall(async () => undefined);
  console.log(
    `Rate-limit overhead, ${CALLS.toLocaleString("en-US")} calls each (no-op baseline ${baseline.toFixed(2)} µs/call):`,
  );
  for (const store of ["memory", "redis"] as const) {
    const [ip, key, users] = limiters(store);
    if (store === "redis") await new Promise((r) => setTimeout(r, 300)); // connected before timing
    const perCall = await timePerCall((i) => [ip!, key!, users!][i % 3]!.consume(`k${i % 50}`, 1));
    const perRequest = (perCall - baseline) * PER_REQUEST;
    console.log(
      `  ${store.padEnd(6)} ${perCall.toFixed(1).padStart(7)} µs/call → ${(perRequest / 1000).toFixed(3)} ms per ingest request (${PER_REQUEST} limits), ${((100 * perRequest) / 1000 / 35).toFixed(2)}% of a 35 ms batch of 100`,
    );
  }
  process.exit(0);
}

void main();
