// "recompute.rollups" (server/jobs/rebuild-rollups.ts): every rollup rebuilt from raw events after
// it was deliberately corrupted, resumed from a checkpoint, limited to some tables, leaving days
// before the retained window alone, and exact while ingest writes the same days at the same time.
import { describe, expect, it } from "vitest";
import { dayNumber, DAY_MS } from "../../server/calendar/day-number";
import type { Db } from "../../server/db";
import type { JobContext } from "../../server/jobs/handler";
import { JOBS } from "../../server/jobs/jobs";
import { waitForJob } from "../../server/jobs/queue";
import { rebuildRollups } from "../../server/jobs/rebuild-rollups";
import { startRollupRebuild } from "../../server/jobs/start-rollup-rebuild";
import { sweepExpiredEvents } from "../../server/privacy/retention";
import { scopedDb } from "../../server/tenant";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  pageMessage,
  screenMessage,
  sendBatch,
  trackMessage,
  type RawMessage,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { expectRollupsMatchEvents, readRollups } from "./support/rollups";

const TZ = "America/Los_Angeles";
const db = (): Db => testDb();
/** Noon in Los Angeles, `n` days ago. */
const daysAgo = (n: number, hour = 12) => {
  const base = new Date(Date.now() - n * DAY_MS);
  const day = dayNumber(base, TZ);
  return new Date(day * DAY_MS + (hour + 8) * 3_600_000);
};

/** Two accounts, four users (one never in an account), page/screen/track over several days, events
 * at the edges of a Los Angeles day, two features (one with a property filter). */
async function populate() {
  const ws = await createWorkspace(db(), { roles: ["admin", "pm"], timeZone: TZ });
  const workspaceId = ws.workspace.id;
  const key = (await createWriteKey(db(), workspaceId, { kind: "secret" })).key;
  const csv = await insertFeature(db(), workspaceId, {
    name: "CSV export",
    matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
  });
  const runs = await insertFeature(db(), workspaceId, { name: "Runs", matchers: [{ event: "workflow_run" }] });
  const messages: RawMessage[] = [
    identifyMessage("ana", { plan: "pro" }, { timestamp: daysAgo(20) }),
    groupMessage("ana", "acme", { name: "Acme" }, { timestamp: daysAgo(20) }),
    identifyMessage("ben", {}, { timestamp: daysAgo(20) }),
    groupMessage("ben", "acme", {}, { timestamp: daysAgo(20) }),
    groupMessage("cleo", "globex", {}, { timestamp: daysAgo(20) }),
    trackMessage("dan", "workflow_run", { timestamp: daysAgo(12) }), // never in an account
  ];
  for (const [i, u] of ["ana", "ben", "cleo", "dan"].entries()) {
    for (const n of [10, 6, 3, 1]) {
      messages.push(trackMessage(u, "workflow_run", { timestamp: daysAgo(n, 9 + i) }));
      messages.push(pageMessage(u, "Dashboard", { timestamp: daysAgo(n, 10 + i) }));
      messages.push(
        trackMessage(u, "Report Exported", {
          timestamp: daysAgo(n, 11),
          properties: { format: (n + i) % 2 === 0 ? "CSV" : "pdf" },
        }),
      );
    }
    // The first and the last minute of a Los Angeles day (UTC has moved on to the next day).
    messages.push(screenMessage(u, "Home", { timestamp: daysAgo(5, 0) }));
    messages.push(trackMessage(u, "workflow_run", { timestamp: new Date(daysAgo(5, 23).getTime() + 59 * 60_000) }));
  }
  const reply = await sendBatch(deps(), key, messages);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return { ws, workspaceId, key, csv, runs };
}

/** Wrong counts, missing rows and rows no event gives, in every table. */
async function corrupt(workspaceId: string, featureId: string) {
  const where = { workspaceId };
  const ana = await db().endUser.findFirstOrThrow({ where: { workspaceId, externalId: "ana" } });
  const acme = await db().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } });
  const day = dayNumber(daysAgo(3), TZ);
  await db().userDay.updateMany({ where: { ...where, day }, data: { eventCount: 99 } });
  await db().userDay.create({ data: { ...where, day: day - 40, endUserId: ana.id, eventCount: 3 } });
  await db().accountDay.deleteMany({ where: { ...where, day } });
  await db().accountDay.create({ data: { ...where, day: day - 40, accountId: acme.id, eventCount: 5 } });
  await db().eventDay.updateMany({ where, data: { count: 1 } });
  await db().userEventDay.deleteMany({ where: { ...where, endUserId: ana.id } });
  await db().featureUserDay.updateMany({ where: { ...where, featureId }, data: { count: 7 } });
  await db().featureUserDay.create({ data: { ...where, featureId, day: day - 40, endUserId: ana.id, count: 2 } });
  await db().featureUser.updateMany({ where, data: { uses: 1, firstDay: 0 } });
  await db().featureAccount.deleteMany({ where: { ...where, accountId: acme.id } });
  await db().featureAccount.updateMany({ where, data: { lastDay: day + 100 } });
}

function context(workspaceId: string, payload: unknown, checkpoint: unknown = null) {
  const progress: { processed: number; total: number; checkpoint?: unknown }[] = [];
  const ctx: JobContext = {
    db: scopedDb(db(), workspaceId),
    job: {
      workspaceId,
      id: "test",
      kind: "recompute.rollups",
      payload,
      checkpoint,
      attempts: 1,
      maxAttempts: 5,
      leasedBy: "test",
    },
    checkpoint,
    saveProgress: async (processed, total, cp) => {
      progress.push({ processed, total, checkpoint: cp });
    },
    signal: new AbortController().signal,
  };
  return { ctx, progress };
}

describe("recompute.rollups", () => {
  it("is registered, and ingest's rollups already match the events", async () => {
    expect(JOBS["recompute.rollups"]?.handler).toBe(rebuildRollups);
    const p = await populate();
    await expectRollupsMatchEvents(p.workspaceId);
  });

  it("rebuilds every rollup from raw events after they were corrupted, through the router", async () => {
    const p = await populate();
    await corrupt(p.workspaceId, p.csv.id);
    await expect(expectRollupsMatchEvents(p.workspaceId)).rejects.toThrow();
    const admin = callerFor(p.ws.user("admin"));
    const job = await admin.job.rebuildRollups({ workspaceId: p.workspaceId });
    expect(job).toMatchObject({ kind: "recompute.rollups" });
    expect(await waitForJob(db(), { workspaceId: p.workspaceId, id: job.id })).toBe("done");
    await expectRollupsMatchEvents(p.workspaceId);
    const row = await admin.workspace.job({ workspaceId: p.workspaceId, id: job.id });
    expect(row.processed).toBe(row.total);
    expect(row.total).toBeGreaterThan(2);
    await expect(callerFor(p.ws.user("pm")).job.rebuildRollups({ workspaceId: p.workspaceId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("dedupes a second request while the first is queued", async () => {
    const p = await populate();
    const queued = await db().job.create({
      data: {
        workspaceId: p.workspaceId,
        kind: "recompute.rollups",
        payload: {},
        dedupeKey: "recompute.rollups",
        runAt: new Date(Date.now() + 3_600_000),
      },
      select: { id: true },
    });
    const again = await startRollupRebuild({ db: db(), workspaceId: p.workspaceId });
    expect(again.id).toBe(queued.id);
    await db().job.delete({ where: { workspaceId_id: { workspaceId: p.workspaceId, id: queued.id } } });
  });

  it("resumes from its checkpoint: days before it and features up to it are not redone", async () => {
    const p = await populate();
    const early = dayNumber(daysAgo(10), TZ);
    const late = dayNumber(daysAgo(1), TZ);
    const where = { workspaceId: p.workspaceId };
    await db().eventDay.updateMany({ where: { ...where, day: { in: [early, late] } }, data: { count: 50 } });
    const { ctx, progress } = context(p.workspaceId, {}, { nextDay: early + 1 });
    await rebuildRollups(ctx);
    const after = await readRollups(p.workspaceId);
    expect([...after.eventDay].filter(([k]) => k.startsWith(`${early}|`)).every(([, n]) => n === 50)).toBe(true);
    expect([...after.eventDay].filter(([k]) => k.startsWith(`${late}|`)).every(([, n]) => n < 50)).toBe(true);
    expect(progress[0]!.processed).toBeGreaterThan(0); // the days before the checkpoint count as done
    expect(progress.at(-1)).toMatchObject({ processed: progress.at(-1)!.total });
    const lastCheckpoint = progress.at(-1)!.checkpoint as { nextDay: number; afterFeature: string };
    expect(lastCheckpoint.afterFeature).toBe([p.csv.id, p.runs.id].sort().at(-1));

    // In the feature phase: the first feature's totals stay as they are.
    const [first, second] = [p.csv.id, p.runs.id].sort() as [string, string];
    await db().featureUser.updateMany({ where, data: { uses: 1000 } });
    const resumed = context(p.workspaceId, {}, { nextDay: late + 1, afterFeature: first });
    await rebuildRollups(resumed.ctx);
    const users = await db().featureUser.findMany({ where });
    expect(users.filter((u) => u.featureId === first).every((u) => u.uses === 1000)).toBe(true);
    expect(users.filter((u) => u.featureId === second).every((u) => u.uses < 1000)).toBe(true);

    await rebuildRollups(context(p.workspaceId, {}, null).ctx);
    await expectRollupsMatchEvents(p.workspaceId);
  });

  it("rebuilds only the tables named", async () => {
    const p = await populate();
    const where = { workspaceId: p.workspaceId };
    await db().eventDay.updateMany({ where, data: { count: 50 } });
    await db().userDay.updateMany({ where, data: { eventCount: 50 } });
    await rebuildRollups(context(p.workspaceId, { tables: ["EventDay"] }).ctx);
    const after = await readRollups(p.workspaceId);
    expect([...after.eventDay.values()].every((n) => n < 50)).toBe(true);
    expect([...after.userDay.values()].every((n) => n === 50)).toBe(true);
  });

  it("leaves the days before the retained window as the rollups had them", async () => {
    const p = await populate();
    await db().workspace.update({ where: { id: p.workspaceId }, data: { rawEventRetentionDays: 8 } });
    const where = { workspaceId: p.workspaceId };
    const old = dayNumber(daysAgo(10), TZ);
    const recent = dayNumber(daysAgo(6), TZ);
    await db().eventDay.updateMany({ where: { ...where, day: { in: [old, recent] } }, data: { count: 50 } });
    const before = await readRollups(p.workspaceId);
    await rebuildRollups(context(p.workspaceId, {}).ctx);
    const after = await readRollups(p.workspaceId);
    expect([...after.eventDay].filter(([k]) => k.startsWith(`${old}|`))).toEqual(
      [...before.eventDay].filter(([k]) => k.startsWith(`${old}|`)),
    );
    expect([...after.eventDay].filter(([k]) => k.startsWith(`${recent}|`)).every(([, n]) => n < 50)).toBe(true);
    // The raw events are all still there, so the cumulative rows come out as a full recount would.
    expect(after.featureUser).toEqual(before.featureUser);
    expect(after.featureAccount).toEqual(before.featureAccount);
  });

  it("after the retention sweep, rebuilds FeatureUser and FeatureAccount with the history the rollups kept", async () => {
    const p = await populate();
    await db().workspace.update({ where: { id: p.workspaceId }, data: { rawEventRetentionDays: 8 } });
    expect(await sweepExpiredEvents({ db: db(), workspaceId: p.workspaceId, now: new Date() })).toBeGreaterThan(0);
    const before = await readRollups(p.workspaceId);
    const where = { workspaceId: p.workspaceId };
    await db().featureUser.deleteMany({ where });
    await db().featureAccount.updateMany({ where, data: { uses: 1, firstDay: 0 } });
    await rebuildRollups(context(p.workspaceId, { tables: ["FeatureUser", "FeatureAccount"] }).ctx);
    const after = await readRollups(p.workspaceId);
    // Each user acted in one account a day, so the days before the window are attributed exactly.
    expect(after.featureUser).toEqual(before.featureUser);
    expect(after.featureAccount).toEqual(before.featureAccount);
    const firstDays = [...after.featureAccount.values()].map((v) => Number(v.split("|")[0]));
    expect(Math.min(...firstDays)).toBe(dayNumber(daysAgo(10), TZ)); // from before the window
  });

  it("loses and doubles no increment while ingest writes the same days (batches in parallel with it)", async () => {
    const p = await populate();
    await corrupt(p.workspaceId, p.csv.id);
    const users = ["ana", "ben", "cleo", "dan", "eve"];
    const batches = Array.from({ length: 16 }, (_, b) =>
      users.flatMap((u, i) => [
        trackMessage(u, "workflow_run", { timestamp: daysAgo((b + i) % 11, 12) }),
        trackMessage(u, "Report Exported", { timestamp: daysAgo((b * 3 + i) % 11, 13), properties: { format: "csv" } }),
        pageMessage(u, "Dashboard", { timestamp: daysAgo(b % 11, 14) }),
      ]),
    );
    let ingesting = true;
    const ingest = (async () => {
      for (let i = 0; i < batches.length; i += 4) {
        const replies = await Promise.all(batches.slice(i, i + 4).map((batch) => sendBatch(deps(), p.key, batch)));
        expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
      }
      ingesting = false;
    })();
    // Rebuilds back to back for as long as ingest runs, so days are rebuilt while batches write them.
    const rebuilds = (async () => {
      let runs = 0;
      while (ingesting || runs === 0) {
        await rebuildRollups(context(p.workspaceId, {}).ctx);
        runs += 1;
      }
      return runs;
    })();
    const [, runs] = await Promise.all([ingest, rebuilds]);
    expect(runs).toBeGreaterThan(0);
    // The rebuild may have passed a day before a batch wrote to it: that increment landed on the
    // rebuilt row. Either way, nothing is lost or doubled.
    await expectRollupsMatchEvents(p.workspaceId);
  });
});
