// npm run bench:ingest — events/s through POST /api/v1/batch (batches of 100 and 500) beside
// the raw multi-row INSERT rate of the same database in the same run, printed as a ratio.
// SQLite always; PostgreSQL too when DATABASE_URL (or BENCH_PG_URL) is a postgres URL.
// BENCH_EVENTS sets the events per batch size (200,000); BENCH_PORT the first server port (3290).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, openSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const root = path.resolve(__dirname, "../..");
const TOTAL = Number(process.env.BENCH_EVENTS ?? 200_000);
const USERS = 5_000;
const IN_FLIGHT = 4;
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

/** `redis`: the server counts its rate limits in Redis (as several instances would) instead of in
 * its own memory. */
type Target = { label: string; url: string; redis?: string };

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  execFileSync(process.execPath, [tsx, path.join(root, script), ...args], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

// Timestamps advance with the message number, as live traffic does (a user's events arrive in
// time order), over the last few hours.
function message(i: number, now: Date) {
  const user = `bench-user-${i % USERS}`;
  return {
    type: "track",
    userId: user,
    event: ["connection_created", "workflow_started", "workflow_saved", "workflow_run", "docs_opened"][i % 5],
    properties: { source: i % 3 === 0 ? "postgres" : "snowflake", rows: i % 1000 },
    context: { groupId: `bench-account-${i % 500}` },
    messageId: `bench-${i}`,
    timestamp: new Date(now.getTime() - 4 * 3_600_000 + (i % 10_000_000) * 2).toISOString(),
  };
}

async function startServer(url: string, port: number, redis?: string): Promise<ChildProcess> {
  const { REDIS_URL: _inherited, ...env } = process.env;
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env: {
        ...env,
        ...(redis ? { REDIS_URL: redis } : {}),
        DATABASE_URL: url,
        NEXTAUTH_SECRET: "bench-secret-0123456789abcdef",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // The bench measures the write path, not the quotas: lift them above what it sends.
        INGEST_EVENTS_PER_SECOND: "1000000",
        API_REQUESTS_PER_MINUTE_PER_IP: "1000000",
        NEW_END_USERS_PER_DAY: "100000000",
      },
      // The server's own output goes to a file, to read when a run fails.
      stdio: [
        "ignore",
        openSync(path.join(root, `data/bench-server-${port}.log`), "w"),
        openSync(path.join(root, `data/bench-server-${port}.log`), "a"),
      ],
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/v1/batch`, { method: "OPTIONS" });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error("server did not start");
}

async function createWriteKey(url: string): Promise<{ key: string; workspaceId: string }> {
  // Imported lazily so DATABASE_URL is the bench database when server/env.ts reads it.
  process.env.DATABASE_URL = url;
  const { createDb } = await import("../../server/db");
  const { generateKey, hashKey, displayPrefix } = await import("../../server/api-keys/key-material");
  const db = createDb(url);
  const key = generateKey("write");
  const ws = await db.workspace.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 8)}` } });
  await db.apiKey.create({
    data: { workspaceId: ws.id, kind: "write", name: "bench", prefix: displayPrefix(key), keyHash: hashKey(key) },
  });
  await db.$disconnect();
  return { key, workspaceId: ws.id };
}

/** A kept-alive connection the server closed while idle (during the raw-INSERT phase) fails
 * once on reuse; resending is safe because ingest dedupes by messageId. */
async function postWithRetry(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function httpRate(port: number, key: string, batchSize: number, offset: number): Promise<number> {
  const now = new Date();
  const batches = Math.ceil(TOTAL / batchSize);
  const bodies = Array.from({ length: batches }, (_, b) =>
    JSON.stringify({ batch: Array.from({ length: batchSize }, (_, j) => message(offset + b * batchSize + j, now)) }),
  );
  const auth = `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
  let next = 0;
  let stored = 0;
  const timing = new Map<string, number>();
  const started = performance.now();
  async function worker() {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const res = await postWithRetry(`http://127.0.0.1:${port}/api/v1/batch`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: auth },
        body,
      });
      const json = (await res.json()) as { stored?: number; error?: unknown };
      if (res.status !== 200) throw new Error(`batch failed: ${res.status} ${JSON.stringify(json)}`);
      stored += json.stored ?? 0;
      for (const part of (res.headers.get("server-timing") ?? "").split(",")) {
        const [name, dur] = part.trim().split(";dur=");
        if (name && dur) timing.set(name, (timing.get(name) ?? 0) + Number(dur));
      }
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  if (stored !== batches * batchSize) throw new Error(`stored ${stored} of ${batches * batchSize}`);
  const perRequest = [...timing].map(([name, total]) => `${name} ${(total / batches).toFixed(1)} ms`).join(", ");
  console.log(`  server time per request of ${batchSize}: ${perRequest}`);
  return stored / seconds;
}

function rawRows(workspaceId: string, n: number, batch: number) {
  const now = new Date();
  return Array.from({ length: Math.ceil(n / batch) }, (_, b) =>
    Array.from({ length: batch }, (_, j) => {
      const m = message(b * batch + j, now);
      return [
        randomUUID(),
        workspaceId,
        `raw-${m.messageId}`,
        "track",
        m.event,
        `u-${(b * batch + j) % USERS}`,
        null,
        JSON.stringify(m.properties),
        JSON.stringify(m.context),
        m.timestamp,
        now.toISOString(),
        Math.floor(now.getTime() / 86_400_000),
      ];
    }),
  );
}

const COLUMNS = `"id","workspaceId","messageId","type","name","endUserId","accountId","properties","context","timestamp","receivedAt","day"`;

function rawSqlite(file: string, workspaceId: string, batch: number): number {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const rows = rawRows(workspaceId, TOTAL, batch);
  const stmt = db.prepare(
    `INSERT INTO "Event" (${COLUMNS}) VALUES ${Array(batch)
      .fill(`(${Array(12).fill("?").join(",")})`)
      .join(",")}`,
  );
  const insert = db.transaction((flat: unknown[]) => stmt.run(...flat));
  db.prepare(`DELETE FROM "Event" WHERE "messageId" LIKE 'raw-%'`).run();
  const started = performance.now();
  for (const r of rows) insert(r.flat());
  const seconds = (performance.now() - started) / 1000;
  db.prepare(`DELETE FROM "Event" WHERE "messageId" LIKE 'raw-%'`).run();
  db.close();
  return TOTAL / seconds;
}

async function rawPostgres(url: string, workspaceId: string, batch: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DELETE FROM "Event" WHERE "messageId" LIKE 'raw-%'`);
  const rows = rawRows(workspaceId, TOTAL, batch);
  const placeholders = Array.from(
    { length: batch },
    (_, r) => `(${Array.from({ length: 12 }, (_, c) => `$${r * 12 + c + 1}`).join(",")})`,
  ).join(",");
  const started = performance.now();
  for (const r of rows) await client.query(`INSERT INTO "Event" (${COLUMNS}) VALUES ${placeholders}`, r.flat());
  const seconds = (performance.now() - started) / 1000;
  await client.query(`DELETE FROM "Event" WHERE "messageId" LIKE 'raw-%'`);
  await client.end();
  return TOTAL / seconds;
}

async function benchTarget(target: Target, port: number) {
  const env = { ...process.env, DATABASE_URL: target.url, CHECKPOINT_DISABLE: "1" };
  run("scripts/db/migrate.ts", ["deploy"], env);
  const { key, workspaceId } = await createWriteKey(target.url);
  const server = await startServer(target.url, port, target.redis);
  const results: string[] = [];
  try {
    await httpRate(port, key, 100, 10_000_000).catch(() => undefined); // warm-up JIT and pools (discarded)
    for (const [i, size] of [100, 500].entries()) {
      const http = await httpRate(port, key, size, (i + 1) * 1_000_000);
      const raw = target.url.startsWith("postgres")
        ? await rawPostgres(target.url, workspaceId, size)
        : rawSqlite(target.url.replace(/^file:/, ""), workspaceId, size);
      results.push(
        `${target.label.padEnd(12)} batch ${String(size).padStart(3)}: HTTP ingest ${Math.round(http).toLocaleString("en-US").padStart(7)} ev/s · raw INSERT ${Math.round(raw).toLocaleString("en-US").padStart(7)} rows/s · ratio ${((100 * http) / raw).toFixed(0)}%`,
      );
      console.log(results[results.length - 1]);
    }
  } finally {
    server.kill("SIGTERM");
  }
  return results;
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("Building the app first (next build)…");
    execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  console.log(
    `Ingest benchmark: ${TOTAL.toLocaleString("en-US")} events per batch size, ${IN_FLIGHT} requests in flight, ${USERS.toLocaleString("en-US")} users.`,
  );
  const sqliteFile = path.join(root, "data/bench.db");
  for (const s of ["", "-wal", "-shm"]) rmSync(sqliteFile + s, { force: true });
  const targets: Target[] = [{ label: "SQLite", url: `file:${sqliteFile}` }];
  // BENCH_REDIS=1 (or a redis:// URL): SQLite again, with the rate limits counted in Redis, to
  // read the limits' cost on the whole path against the run above (memory counters).
  if (process.env.BENCH_REDIS) {
    const redis = process.env.BENCH_REDIS.startsWith("redis") ? process.env.BENCH_REDIS : "redis://127.0.0.1:6379";
    const redisFile = path.join(root, "data/bench-redis.db");
    for (const s of ["", "-wal", "-shm"]) rmSync(redisFile + s, { force: true });
    targets.push({ label: "SQLite+Redis", url: `file:${redisFile}`, redis });
  }
  const pgUrl =
    process.env.BENCH_PG_URL ??
    (process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined);
  if (pgUrl) {
    const u = new URL(pgUrl);
    u.pathname = "/cairn_bench";
    const admin = new pg.Client({ connectionString: pgUrl.replace(/\/[^/?]*(\?|$)/, "/postgres$1") });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS cairn_bench");
    await admin.end();
    targets.push({ label: "PostgreSQL", url: u.toString() });
  } else {
    console.log("(PostgreSQL skipped: set DATABASE_URL or BENCH_PG_URL to a postgres URL to include it.)");
  }
  let port = Number(process.env.BENCH_PORT ?? 3290);
  for (const t of targets) await benchTarget(t, port++);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
