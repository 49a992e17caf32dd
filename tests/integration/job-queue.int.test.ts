// The job queue (server/jobs/): leases, retries, dedupe, the daily jobs, and the feature-rollup
// rebuild it runs, on both databases. Every test uses job kinds of its own, so the workers here
// (which claim only their registry's kinds) never take another file's jobs, nor theirs ours.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../server/db";
import { claimNext } from "../../server/jobs/claim";
import { dailyKey, scheduleDailyJobs } from "../../server/jobs/daily";
import type { JobRegistry } from "../../server/jobs/handler";
import { JOBS } from "../../server/jobs/jobs";
import {
  buryAbandoned,
  completeJob,
  enqueue,
  INSTANCE_WORKSPACE,
  LeaseLostError,
  saveProgress,
} from "../../server/jobs/queue";
import { startWorker, type Worker, type WorkerOptions } from "../../server/jobs/worker";
import { sweepExpiredAuthRows } from "../../server/auth/sweep-expired";
import { purgeFinishedJobs } from "../../server/jobs/purge-finished";
import { createUser, createWorkspace, createWriteKey, sendBatch, trackMessage, unique } from "../factories";
import type { TestWorkspace } from "../factories";
import { insertFeature } from "../factories/rules";
import { callerFor, databaseKind, databaseUrl, deps, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const clients: Db[] = [];
const workers: Worker[] = [];
const children: ChildProcess[] = [];
let ws: TestWorkspace;
let workspaceId: string;

/** Another connection (pool) to the test database, as a second instance would have. */
function newClient(): Db {
  const client = createDb(databaseUrl());
  clients.push(client);
  return client;
}

function worker(opts: WorkerOptions): Worker {
  const w = startWorker({ pollMs: 10, schedule: false, ...opts });
  workers.push(w);
  return w;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function jobRow(id: string) {
  return testDb().job.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId, id } } });
}

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin"] });
  workspaceId = ws.workspace.id;
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const w of workers.splice(0)) await w.stop();
});

afterAll(async () => {
  for (const c of clients.splice(0)) await c.$disconnect();
});

describe("claiming", () => {
  it("two workers on two connections run each of many jobs exactly once", async () => {
    const kind = `test.once.${unique()}`;
    const runs = new Map<string, number>();
    const registry: JobRegistry = {
      [kind]: {
        handler: async ({ job }) => {
          runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
          await sleep(2);
        },
      },
    };
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await enqueue(testDb(), { workspaceId, kind })).id);
    worker({ db: newClient(), id: "w1", registry, concurrency: 3 });
    worker({ db: newClient(), id: "w2", registry, concurrency: 3 });
    await until(
      async () => (await testDb().job.count({ where: { workspaceId, kind, status: "done" } })) === ids.length,
      "every job done",
    );
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const rows = await testDb().job.findMany({
      where: { workspaceId, kind },
      select: { attempts: true, leasedBy: true },
    });
    expect(rows.every((r) => r.attempts === 1 && (r.leasedBy === "w1" || r.leasedBy === "w2"))).toBe(true);
  });

  it("a worker whose lease expired and was taken over can neither save nor complete", async () => {
    const kind = `test.fence.${unique()}`;
    const { id } = await enqueue(testDb(), { workspaceId, kind });
    const other = newClient();
    await other.$connect();
    const first = (await claimNext(testDb(), { workerId: "slow", kinds: [kind], leaseMs: 1_000 }))!;
    expect(first.id).toBe(id);
    expect(await claimNext(other, { workerId: "other", kinds: [kind], leaseMs: 60_000 })).toBeNull();
    await sleep(1_200);
    const second = (await claimNext(other, { workerId: "other", kinds: [kind], leaseMs: 60_000 }))!;
    expect(second).toMatchObject({ id, attempts: 2, leasedBy: "other" });
    await expect(saveProgress(testDb(), first, { processed: 1, total: 1, leaseMs: 60_000 })).rejects.toThrow(
      LeaseLostError,
    );
    expect(await completeJob(testDb(), first)).toBe(false);
    expect(await completeJob(testDb(), second)).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: "done", attempts: 2, leasedBy: "other" });
  });

  it("a job whose last attempt's worker died is buried as dead, not run again", async () => {
    const kind = `test.bury.${unique()}`;
    const { id } = await enqueue(testDb(), { workspaceId, kind, maxAttempts: 1 });
    expect(await claimNext(testDb(), { workerId: "gone", kinds: [kind], leaseMs: 30 })).not.toBeNull();
    await sleep(80);
    expect(await claimNext(testDb(), { workerId: "next", kinds: [kind], leaseMs: 60_000 })).toBeNull();
    expect(await buryAbandoned(testDb())).toBeGreaterThanOrEqual(1);
    expect(await jobRow(id)).toMatchObject({ status: "dead", attempts: 1 });
  });
});

describe("retries", () => {
  it("retries with exponential backoff, then dead after maxAttempts; the dashboard's Retry runs it again", async () => {
    const kind = `test.retry.${unique()}`;
    let failing = true;
    const startedAt: number[] = [];
    const registry: JobRegistry = {
      [kind]: {
        handler: async () => {
          startedAt.push(Date.now());
          if (failing) throw new Error("upstream said no");
        },
      },
    };
    const { id } = await enqueue(testDb(), { workspaceId, kind, maxAttempts: 3 });
    worker({ db: testDb(), registry, backoff: { baseMs: 300, capMs: 10_000 } });
    await until(async () => (await jobRow(id)).status === "dead", "the job to die");
    expect(await jobRow(id)).toMatchObject({ status: "dead", attempts: 3, error: "upstream said no" });
    expect(startedAt).toHaveLength(3);
    // Equal jitter: at least half of 300 ms, then at least half of 600 ms.
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(150);
    expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(300);

    const admin = callerFor(ws.user("admin"));
    const listed = await admin.job.list({ workspaceId });
    expect(listed.find((j) => j.id === id)).toMatchObject({ status: "dead", attempts: 3, maxAttempts: 3 });
    failing = false;
    const retried = await admin.job.retry({ workspaceId, id });
    expect(retried.status).not.toBe("dead");
    await until(async () => (await jobRow(id)).status === "done", "the retried job to finish");
    expect(await jobRow(id)).toMatchObject({ attempts: 1, error: null });
    await expectTrpcError(admin.job.retry({ workspaceId, id }), "CONFLICT");
    await expectTrpcError(admin.job.retry({ workspaceId, id: "no-such-job" }), "NOT_FOUND");
  });
});

describe("dedupe", () => {
  it("a second enqueue joins the queued job; once it started, a new one is queued", async () => {
    const kind = `test.dedupe.${unique()}`;
    const a = await enqueue(testDb(), { workspaceId, kind, dedupeKey: "feature-1" });
    const b = await enqueue(newClient(), { workspaceId, kind, dedupeKey: "feature-1" });
    expect(b).toMatchObject({ id: a.id, deduped: true });
    expect((await claimNext(testDb(), { workerId: "t", kinds: [kind], leaseMs: 60_000 }))?.id).toBe(a.id);
    const c = await enqueue(testDb(), { workspaceId, kind, dedupeKey: "feature-1" });
    expect(c.id).not.toBe(a.id);
    expect(c.deduped).toBe(false);
  });

  it("a daily job is enqueued once a day across instances", async () => {
    const instanceKind = `test.daily.${unique()}`;
    const perWorkspace = `test.daily-ws.${unique()}`;
    const registry: JobRegistry = {
      [instanceKind]: { daily: "instance", handler: async () => undefined },
      [perWorkspace]: { daily: "workspace", handler: async () => undefined },
    };
    const today = new Date();
    await Promise.all([
      scheduleDailyJobs(testDb(), registry, today),
      scheduleDailyJobs(newClient(), registry, today),
      scheduleDailyJobs(newClient(), registry, today),
    ]);
    const count = (kind: string, where: Record<string, unknown> = {}) =>
      testDb().job.count({ where: { kind, ...where } });
    expect(await count(instanceKind)).toBe(1);
    expect(
      await count(instanceKind, { workspaceId: INSTANCE_WORKSPACE, dedupeKey: dailyKey(instanceKind, today) }),
    ).toBe(1);
    expect(await count(perWorkspace, { workspaceId })).toBe(1);
    // Run and done, the day's key still holds; the next day gets its own.
    const claimed = (await claimNext(testDb(), { workerId: "t", kinds: [instanceKind], leaseMs: 60_000 }))!;
    await completeJob(testDb(), claimed);
    await scheduleDailyJobs(testDb(), registry, today);
    expect(await count(instanceKind)).toBe(1);
    await scheduleDailyJobs(testDb(), registry, new Date(today.getTime() + DAY));
    expect(await count(instanceKind)).toBe(2);
    expect(await count(perWorkspace, { workspaceId })).toBe(2);
  });
});

describe("the daily auth sweep", () => {
  it("deletes expired sessions and used or expired email tokens, nothing else", async () => {
    const db = testDb();
    const user = await createUser(db);
    const now = new Date();
    const session = (expiresAt: Date) =>
      db.session.create({ data: { userId: user.id, expiresAt }, select: { id: true } });
    const token = (expiresAt: Date, usedAt: Date | null) =>
      db.emailToken.create({
        data: { userId: user.id, kind: "verify-email", tokenHash: unique("hash-"), expiresAt, usedAt },
        select: { id: true },
      });
    const expiredSession = await session(new Date(now.getTime() - 1000));
    const liveSession = await session(new Date(now.getTime() + DAY));
    const used = await token(new Date(now.getTime() + DAY), new Date(now.getTime() - 1000));
    const expired = await token(new Date(now.getTime() - 1000), null);
    const live = await token(new Date(now.getTime() + DAY), null);

    const swept = await sweepExpiredAuthRows({ db, now });
    expect(swept.sessions).toBeGreaterThanOrEqual(1);
    expect(swept.tokens).toBeGreaterThanOrEqual(2);
    const sessions = await db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    const tokens = await db.emailToken.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(sessions.map((s) => s.id)).toEqual([liveSession.id]);
    expect(tokens.map((t) => t.id)).toEqual([live.id]);
    expect([expiredSession.id, used.id, expired.id]).not.toContain(liveSession.id);
  });

  it("is a daily instance-wide job the workers schedule", () => {
    expect(JOBS["sweep.auth"]?.daily).toBe("instance");
    expect(JOBS["sweep.jobs"]?.daily).toBe("instance");
  });
});

describe("the daily purge of finished jobs", () => {
  it("deletes done jobs after two weeks and dead ones after 90 days; keeps the rest", async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const make = (status: string, finishedAt: Date | null) =>
      testDb().job.create({
        data: { workspaceId, kind: `test.purge.${unique()}`, payload: {}, status, finishedAt },
        select: { id: true },
      });
    const oldDone = await make("done", ago(15));
    const recentDone = await make("done", ago(13));
    const oldDead = await make("dead", ago(91));
    const recentDead = await make("dead", ago(30));
    const queued = await make("queued", null);
    await purgeFinishedJobs({ db: testDb(), now });
    const left = await testDb().job.findMany({ where: { workspaceId }, select: { id: true } });
    expect(left.map((j) => j.id).sort()).toEqual([recentDone.id, recentDead.id, queued.id].sort());
    expect(left.map((j) => j.id)).not.toContain(oldDone.id);
    expect(left.map((j) => j.id)).not.toContain(oldDead.id);
  });
});

/** FeatureUserDay of one feature as ingest would count it from the stored events. */
async function recountFromEvents(featureId: string, eventName: string) {
  const events = await testDb().event.findMany({
    where: { workspaceId, type: "track", name: eventName },
    select: { day: true, endUserId: true },
  });
  const counts = new Map<string, number>();
  for (const e of events) counts.set(`${e.day}|${e.endUserId}`, (counts.get(`${e.day}|${e.endUserId}`) ?? 0) + 1);
  return [...counts].map(([k, count]) => `${k}|${count}`).sort();
}

async function storedRollup(featureId: string) {
  const rows = await testDb().featureUserDay.findMany({ where: { workspaceId, featureId } });
  return rows.map((r) => `${r.day}|${r.endUserId}|${r.count}`).sort();
}

/** `days` days of history ending yesterday: a few users using the feature each day. */
function history(event: string, days: number, perDay: number) {
  const start = (Math.floor(Date.now() / DAY) - days) * DAY + DAY / 2; // noon UTC: one day per d
  const messages = [];
  for (let d = 0; d < days; d++)
    for (let i = 0; i < perDay; i++)
      messages.push(trackMessage(`u${i % 4}`, event, { timestamp: new Date(start + d * DAY + i * 60_000) }));
  return messages;
}

describe("the feature-rollup rebuild on the queue", () => {
  it("a worker killed mid-job: another takes it over after the lease and finishes from the checkpoint", async () => {
    const key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
    await sendBatch(deps(), key, history("Report Exported", 12, 3));
    // Created after the events, so ingest counted nothing for it: the rebuild makes every row.
    const feature = await insertFeature(testDb(), workspaceId, { matchers: [{ event: "Report Exported" }] });
    const { id } = await enqueue(testDb(), {
      workspaceId,
      kind: "recompute.feature",
      payload: { featureId: feature.id },
    });

    const leaseMs = 1_500;
    // node with tsx as a loader, not tsx's CLI: the CLI runs the script in a grandchild process,
    // which the kill would miss.
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "tests/integration/support/job-child.ts",
        databaseUrl(),
        workspaceId,
        id,
        "recompute.feature",
        String(leaseMs),
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl() }, stdio: ["ignore", "pipe", "inherit"] },
    );
    children.push(child);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("checkpoint")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`the child exited (${code}) before a checkpoint`)));
    });
    child.kill("SIGKILL");
    await exited;
    const killed = await jobRow(id);
    expect(killed).toMatchObject({ status: "running", leasedBy: "child", attempts: 1, processed: 1 });
    expect(killed.checkpoint).toMatchObject({ nextDay: expect.any(Number) });

    const resumedFrom: unknown[] = [];
    const registry: JobRegistry = {
      "recompute.feature": {
        handler: (ctx) => {
          resumedFrom.push(ctx.checkpoint);
          return JOBS["recompute.feature"]!.handler(ctx);
        },
      },
    };
    // The kill leaves the lease running: the second worker waits it out, then claims.
    worker({ db: newClient(), id: "survivor", registry, leaseMs });
    await until(async () => (await jobRow(id)).status === "done", "the survivor to finish the job");
    // 12 days, then the feature's FeatureUser and FeatureAccount rows as one last step.
    expect(await jobRow(id)).toMatchObject({ attempts: 2, leasedBy: "survivor", processed: 13, total: 13 });
    expect(resumedFrom).toEqual([killed.checkpoint]);
    const rollup = await storedRollup(feature.id);
    expect(rollup).toHaveLength(12 * 3);
    expect(rollup).toEqual(await recountFromEvents(feature.id, "Report Exported"));
  });

  it("loses no increment when ingest writes the days being rebuilt", async () => {
    const key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
    const feature = await insertFeature(testDb(), workspaceId, { matchers: [{ event: "Report Exported" }] });
    await sendBatch(deps(), key, history("Report Exported", 20, 4));
    const { id } = await enqueue(testDb(), {
      workspaceId,
      kind: "recompute.feature",
      payload: { featureId: feature.id },
    });
    const registry: JobRegistry = { "recompute.feature": JOBS["recompute.feature"]! };
    // PostgreSQL: the rebuild on a connection of its own, as another instance's worker would be.
    // SQLite: on ingest's client, as the server runs it (one process, one writer connection);
    // a second writer connection is refused mid-transaction (SQLITE_BUSY) whatever the job does.
    worker({ db: databaseKind() === "postgres" ? newClient() : testDb(), id: "rebuilder", registry });
    let batches = 0;
    const ingestLoop = async () => {
      while ((await jobRow(id)).status !== "done") {
        const reply = await sendBatch(deps(), key, history("Report Exported", 20, 1));
        expect(reply).toMatchObject({ status: 200, body: { stored: 20 } });
        batches += 1;
        if (batches > 400) throw new Error("the rebuild did not finish");
      }
    };
    await Promise.all([ingestLoop(), ingestLoop()]);
    expect(batches).toBeGreaterThan(0);
    expect(await storedRollup(feature.id)).toEqual(await recountFromEvents(feature.id, "Report Exported"));
  });

  it("keeps the rollups of days older than the raw events the workspace retains", async () => {
    const key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
    const feature = await insertFeature(testDb(), workspaceId, { matchers: [{ event: "Report Exported" }] });
    await sendBatch(deps(), key, history("Report Exported", 10, 2));
    const before = await storedRollup(feature.id);
    expect(before).toHaveLength(20);
    // Retain 5 days of raw events, and drop the older ones as the retention sweep would.
    await testDb().workspace.update({ where: { id: workspaceId }, data: { rawEventRetentionDays: 5 } });
    const today = Math.floor(Date.now() / DAY);
    const oldestKept = today - 5 + 1;
    await testDb().event.deleteMany({ where: { workspaceId, day: { lt: oldestKept } } });
    const { id } = await enqueue(testDb(), {
      workspaceId,
      kind: "recompute.feature",
      payload: { featureId: feature.id },
    });
    worker({ db: testDb(), registry: { "recompute.feature": JOBS["recompute.feature"]! } });
    await until(async () => (await jobRow(id)).status === "done", "the rebuild");
    expect(await storedRollup(feature.id)).toEqual(before);
    const days = (await testDb().featureUserDay.findMany({ where: { workspaceId, featureId: feature.id } })).map(
      (r) => r.day,
    );
    expect(Math.min(...days)).toBeLessThan(oldestKept);
  });
});
