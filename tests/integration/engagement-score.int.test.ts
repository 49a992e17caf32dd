// The engagement score end to end on hand-computed data: weights saved through the router, the
// snapshot job over the UserDay / UserEventDay rollups ingest filled, the report from the
// snapshots; the job resumes from its checkpoint and is enqueued once a day per workspace.
import { beforeEach, describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../../server/calendar/day-number";
import { scheduleDailyJobs } from "../../server/jobs/daily";
import { snapshotEngagement, SNAPSHOT_JOB } from "../../server/jobs/engagement-snapshot";
import { JOBS } from "../../server/jobs/jobs";
import { createFeature } from "../../server/features/features";
import type { ClaimedJob } from "../../server/jobs/queue";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  pageMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { waitForJobs } from "./support/totals";

const DAY = 86_400_000;
let ws: TestWorkspace;
let workspaceId: string;
const yesterday = () => dayNumber(new Date(), "UTC") - 1;
// Noon UTC `n` days before yesterday: inside that day whatever the hour the test runs.
const at = (n: number) => new Date((yesterday() - n) * DAY + 12 * 3_600_000);

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "viewer"] });
  workspaceId = ws.workspace.id;
  const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
  // In the 7-day window ending yesterday: ada 3 runs + 1 invite (raw 13), bo 1 run (raw 1),
  // cy only pages (active, raw 0). Dee ran 10 days back (not active). Eve is in beta, never active.
  const reply = await sendBatch(deps(), key, [
    groupMessage("ada", "acme", { name: "Acme", plan: "team" }, { timestamp: at(20) }),
    groupMessage("cy", "acme", {}, { timestamp: at(20) }),
    groupMessage("bo", "beta", { name: "Beta", plan: "free" }, { timestamp: at(20) }),
    groupMessage("eve", "beta", {}, { timestamp: at(20) }),
    trackMessage("ada", "workflow_run", { timestamp: at(0) }),
    trackMessage("ada", "workflow_run", { timestamp: at(1) }),
    trackMessage("ada", "workflow_run", { timestamp: at(6) }),
    trackMessage("ada", "colleague_invited", { timestamp: at(2) }),
    trackMessage("bo", "workflow_run", { timestamp: at(3) }),
    trackMessage("bo", "docs_opened", { timestamp: at(3) }),
    pageMessage("cy", "Home", { timestamp: at(1) }),
    trackMessage("dee", "workflow_run", { timestamp: at(10) }),
  ]);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
});

const WEIGHTS = {
  scale: 100 as const,
  windowDays: 7,
  lowPercentile: 5,
  highPercentile: 95,
  weights: [
    { event: "workflow_run", weight: 1 },
    { event: "colleague_invited", weight: 10 },
  ],
};

describe("engagement score", () => {
  it("snapshots hand-computed scores for users, accounts and the product, and reports them", async () => {
    const admin = callerFor(ws.user("admin"));
    const saved = await admin.engagement.save({ workspaceId, ...WEIGHTS });
    expect(saved.version).toBe(1);
    expect(saved.historyJobId).toEqual(expect.any(String));
    await waitForJobs(testDb(), workspaceId);

    const day = yesterday();
    // Raw [0, 1, 13]: 5th percentile 0.1, 95th 11.8 (type 7). 13 → 100; 1 → x = 0.9 / 11.7 →
    // 100 × (1 − e^(−3x)) / (1 − e^(−3)) = 21.7; 0 → 0. Product: mean = 40.6.
    const snapshot = await testDb().engagementDay.findUniqueOrThrow({
      where: { workspaceId_day: { workspaceId, day } },
    });
    expect(snapshot).toMatchObject({ activeUsers: 3, productScore: 40.6, low: 0.1, settingsVersion: 1 });
    expect(snapshot.high).toBeCloseTo(11.8, 9);

    const report = await callerFor(ws.user("viewer")).engagement.report({ workspaceId });
    const latest = report.latest!;
    expect(latest.date).toBe(isoOfDay(day));
    expect(latest.users.map((u) => [u.userId, u.score, u.raw])).toEqual([
      ["ada", 100, 13],
      ["bo", 21.7, 1],
      ["cy", 0, 0],
    ]);
    // Acme: (100 + 0) / 2; Beta: (21.7 + eve's 0) / 2 = 10.85 → 10.9.
    expect(latest.accounts.map((a) => [a.name, a.score, a.activeUsers, a.users])).toEqual([
      ["Acme", 50, 2, 2],
      ["Beta", 10.9, 1, 2],
    ]);
    expect(latest.byPlan).toEqual([
      { plan: "team", accounts: 1, meanScore: 50 },
      { plan: "free", accounts: 1, meanScore: 10.9 },
    ]);
    expect(latest.distribution.map((d) => d.users)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    const ada = (await testDb().endUser.findFirstOrThrow({ where: { workspaceId, externalId: "ada" } })).id;
    const acme = (await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } })).id;
    const viewer = callerFor(ws.user("viewer"));
    const adaHistory = await viewer.engagement.history({ workspaceId, kind: "user", id: ada });
    expect(adaHistory).toMatchObject({ configured: true, latest: 100 });
    expect(adaHistory.points).toHaveLength(84);
    // Ada's first call was 6 days before yesterday: only the 7 windows that reach it score her.
    expect(adaHistory.points.filter((p) => p.score !== null)).toHaveLength(7);
    expect((await viewer.engagement.history({ workspaceId, kind: "account", id: acme })).latest).toBe(50);
    const other = await createWorkspace(testDb());
    await expect(
      callerFor(other.user("admin")).engagement.history({ workspaceId: other.workspace.id, kind: "user", id: ada }),
    ).rejects.toThrow(/No such user/);
    // 84 days computed: the history the first save starts.
    expect(report.series).toHaveLength(84);
    expect(report.series.at(-1)).toEqual({ date: isoOfDay(day), productScore: 40.6, activeUsers: 3 });
  });

  it("keeps history until it is recomputed, then uses the new weights", async () => {
    const admin = callerFor(ws.user("admin"));
    await admin.engagement.save({ workspaceId, ...WEIGHTS });
    await waitForJobs(testDb(), workspaceId);
    const again = await admin.engagement.save({
      workspaceId,
      ...WEIGHTS,
      weights: [{ event: "workflow_run", weight: 1 }],
    });
    expect(again).toEqual({ version: 2, historyJobId: null });
    const where = { workspaceId_day: { workspaceId, day: yesterday() } };
    expect((await testDb().engagementDay.findUniqueOrThrow({ where })).settingsVersion).toBe(1);

    await admin.engagement.recomputeHistory({ workspaceId });
    await waitForJobs(testDb(), workspaceId);
    const redone = await testDb().engagementDay.findUniqueOrThrow({ where });
    // Raw [0, 1, 3]: bounds 0.1 and 2.8; ada 100, bo x = 0.9 / 2.7 → 66.5, cy 0 → mean 55.5.
    expect(redone).toMatchObject({ settingsVersion: 2, productScore: 55.5 });
  });

  it("resumes from its checkpoint, and the daily run fills only the days since the last snapshot", async () => {
    await testDb().engagementSettings.create({
      data: { workspaceId, weights: { workflow_run: 1, colleague_invited: 10 } },
    });
    const day = yesterday();
    const run = (payload: object, checkpoint: unknown) =>
      snapshotEngagement({
        db: testDb(),
        job: { id: "j", workspaceId, kind: SNAPSHOT_JOB, payload } as unknown as ClaimedJob,
        checkpoint,
        saveProgress: async () => undefined,
        signal: new AbortController().signal,
      });
    await run({ firstDay: day - 5, lastDay: day }, { nextDay: day - 1 });
    const days = async () =>
      (await testDb().engagementDay.findMany({ where: { workspaceId }, select: { day: true } })).map(
        (d) => day - d.day,
      );
    expect((await days()).sort()).toEqual([0, 1]);
    // The daily run (no days given) starts after the last snapshot: nothing left to do.
    await run({}, null);
    expect((await days()).sort()).toEqual([0, 1]);
  });

  it("is enqueued once a day per workspace, however many instances ask at once", async () => {
    const now = new Date();
    await Promise.all([scheduleDailyJobs(testDb(), JOBS, now), scheduleDailyJobs(testDb(), JOBS, now)]);
    expect(await testDb().job.count({ where: { workspaceId, kind: SNAPSHOT_JOB } })).toBe(1);
  });

  it("refuses weights above the scale and an event weighed twice, with messages", async () => {
    const admin = callerFor(ws.user("admin"));
    await expect(
      admin.engagement.save({
        workspaceId,
        ...WEIGHTS,
        scale: 10,
        weights: [
          { event: "workflow_run", weight: 50 },
          { event: "workflow_run", weight: 1 },
        ],
      }),
    ).rejects.toThrow(/At most 10 on this scale[\s\S]*weighed twice/);
  });

  it("follows each score band of the snapshot 30 days back: who was active again in the 30 days after", async () => {
    const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
    // Alone in the window ending 30 days before yesterday: raw 13, 1 and 0 as above (100, 21.7, 0).
    const reply = await sendBatch(deps(), key, [
      trackMessage("old1", "workflow_run", { timestamp: at(30) }),
      trackMessage("old1", "workflow_run", { timestamp: at(31) }),
      trackMessage("old1", "workflow_run", { timestamp: at(32) }),
      trackMessage("old1", "colleague_invited", { timestamp: at(33) }),
      trackMessage("old2", "workflow_run", { timestamp: at(31) }),
      pageMessage("old3", "Home", { timestamp: at(30) }),
      // Only old1 comes back.
      trackMessage("old1", "docs_opened", { timestamp: at(5) }),
    ]);
    expect(reply.status).toBe(200);
    await callerFor(ws.user("admin")).engagement.save({ workspaceId, ...WEIGHTS });
    await waitForJobs(testDb(), workspaceId);
    const p = await callerFor(ws.user("viewer")).engagement.predictive({ workspaceId });
    expect(p.retention?.date).toBe(isoOfDay(yesterday() - 30));
    expect(p.retention?.bands.map((b) => [b.band, b.users, b.retained, b.rate])).toEqual([
      ["0–19", 1, 0, 0],
      ["20–39", 1, 0, 0],
      ["40–59", 0, 0, null],
      ["60–79", 0, 0, null],
      ["80–100", 1, 1, 1],
    ]);
    expect(p.nps.bands.every((b) => b.respondents === 0 && b.nps === null)).toBe(true);
  });

  it("computes Pendo's PES beside it: adoption of the core features by the last 30 days' active users", async () => {
    const { done } = await createFeature({
      db: testDb(),
      workspaceId,
      input: { name: "Workflows", description: "", matchers: [{ event: "workflow_run" }] },
    });
    await done;
    await testDb().feature.updateMany({ where: { workspaceId }, data: { core: true } });
    const pes = await callerFor(ws.user("viewer")).engagement.pes({ workspaceId });
    // Active in the 30 days: ada, bo, cy, dee; ada, bo and dee ran a workflow: 3 of 4.
    expect(pes).toMatchObject({ coreFeatures: 1, adoption: 75 });
    expect(pes.stickiness).toBeGreaterThan(0);
    expect(pes.pes).toBe(Math.round((10 * (pes.adoption! + pes.stickiness! + pes.growth!)) / 3) / 10);
  });

  it("shows each account's score, trend and health on the Accounts list, filtered and sorted in SQL as healthOf says", async () => {
    const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
    // Gamma: its only user was last active 40 days back.
    const reply = await sendBatch(deps(), key, [
      groupMessage("zed", "gamma", { name: "Gamma" }, { timestamp: at(40) }),
      trackMessage("zed", "workflow_run", { timestamp: at(40) }),
    ]);
    expect(reply.status).toBe(200);
    await callerFor(ws.user("admin")).engagement.save({ workspaceId, ...WEIGHTS });
    await waitForJobs(testDb(), workspaceId);
    const viewer = callerFor(ws.user("viewer"));
    const list = (input: { health?: "healthy" | "at_risk" | "dormant"; sort?: "engagement" }) =>
      viewer.people.accounts({ workspaceId, dir: "desc", ...input });
    const all = await list({ sort: "engagement" });
    // Acme 50 (both users active): healthy. Beta 10.9 (under 15): at risk. Gamma: its one user
    // inactive, so 0, and nobody active in 30 days: dormant.
    expect(all.rows.map((r) => [r.name, r.engagement, r.health])).toEqual([
      ["Acme", 50, "healthy"],
      ["Beta", 10.9, "at_risk"],
      ["Gamma", 0, "dormant"],
    ]);
    for (const health of ["healthy", "at_risk", "dormant"] as const) {
      const page = await list({ health });
      expect(page.rows.every((r) => r.health === health)).toBe(true);
      expect(page.total).toBe(all.rows.filter((r) => r.health === health).length);
    }
  });
});
