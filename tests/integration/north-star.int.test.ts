// The North Star and its input KPIs on hand-computed data, on both databases: whole weeks ending
// yesterday, the three kinds of North Star, breadth / depth / frequency / threshold from the
// rollups, efficiency from raw events, users and accounts, a filter.
import { beforeEach, describe, expect, it } from "vitest";
import { dayNumber, isoOfDay } from "../../server/calendar/day-number";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  insertFeature,
  pageMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { trpcCodeOf } from "./support/trpc";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let ws: TestWorkspace;
let workspaceId: string;
let featureId: string;
const yesterday = () => dayNumber(new Date(), "UTC") - 1;
const at = (n: number, h = 0) => new Date((yesterday() - n) * DAY + 12 * HOUR + h * HOUR);
// Two weeks: week 0 = yesterday − 13 … − 7, week 1 = yesterday − 6 … yesterday.
const period = () => ({ from: isoOfDay(yesterday() - 13), to: isoOfDay(yesterday()) });

const config = (metric: object) => ({
  name: "Weekly workflow runs",
  metric,
  target: 2,
  coreEvent: "workflow_run",
  threshold: 2,
  efficiency: { from: "signed_up", to: "workflow_run" },
});

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "viewer"] });
  workspaceId = ws.workspace.id;
  featureId = (await insertFeature(testDb(), workspaceId, { name: "Runs", matchers: [{ event: "workflow_run" }] })).id;
  const { key } = await createWriteKey(testDb(), workspaceId, { kind: "secret" });
  const reply = await sendBatch(deps(), key, [
    groupMessage("ada", "acme", { plan: "team" }, { timestamp: at(30) }),
    groupMessage("bo", "acme", {}, { timestamp: at(30) }),
    groupMessage("cy", "beta", { plan: "free" }, { timestamp: at(30) }),
    groupMessage("dee", "beta", {}, { timestamp: at(30) }),
    // ada: signs up in week 0 and runs 2 h later, then twice more; twice in week 1.
    trackMessage("ada", "signed_up", { timestamp: at(12) }),
    trackMessage("ada", "workflow_run", { timestamp: at(12, 2) }),
    trackMessage("ada", "workflow_run", { timestamp: at(10) }),
    trackMessage("ada", "workflow_run", { timestamp: at(9) }),
    trackMessage("ada", "workflow_run", { timestamp: at(2) }),
    trackMessage("ada", "workflow_run", { timestamp: at(1) }),
    // bo: signs up in week 1, runs 30 h later.
    trackMessage("bo", "signed_up", { timestamp: at(5) }),
    trackMessage("bo", "workflow_run", { timestamp: at(5, 30) }),
    // cy: active in both weeks, never runs. dee: signs up in week 0, never runs.
    trackMessage("cy", "docs_opened", { timestamp: at(11) }),
    pageMessage("cy", "Home", { timestamp: at(3) }),
    trackMessage("dee", "signed_up", { timestamp: at(8) }),
  ]);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
});

describe("North Star", () => {
  it("is empty until chosen, and only PMs and admins choose it", async () => {
    const viewer = callerFor(ws.user("viewer"));
    expect((await viewer.northStar.report({ workspaceId })).config).toBeNull();
    expect(
      await trpcCodeOf(() =>
        viewer.northStar.save({ workspaceId, config: config({ kind: "events", event: "workflow_run" }) as never }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("counts an event per week, with the target and week-over-week change, and the users' inputs", async () => {
    await callerFor(ws.user("admin")).northStar.save({
      workspaceId,
      config: config({ kind: "events", event: "workflow_run" }) as never,
    });
    const r = await callerFor(ws.user("viewer")).northStar.report({ workspaceId, ...period() });
    expect(r.weeks.map((w) => [w.from, w.to])).toEqual([
      [isoOfDay(yesterday() - 13), isoOfDay(yesterday() - 7)],
      [isoOfDay(yesterday() - 6), isoOfDay(yesterday())],
    ]);
    expect(r.weeks.map((w) => w.northStar)).toEqual([3, 3]);
    expect(r.latest).toEqual({ value: 3, previous: 3, change: 0, targetShare: 1.5 });
    // Week 0: active ada, cy, dee; ada ran 3 times. Week 1: active ada, bo, cy; ada 2, bo 1.
    expect(r.weeks.map((w) => [w.active, w.breadth, w.depth, w.frequency, w.above, w.below])).toEqual([
      [3, 1, 1, 3, 1, 2],
      [3, 2, 0.5, 1.5, 1, 2],
    ]);
    expect(r.weeks[1]!.breadthShare).toBeCloseTo(2 / 3);
    // signed_up → workflow_run: week 0 ada 2 h, dee never; week 1 bo 30 h.
    const e = await callerFor(ws.user("viewer")).northStar.efficiency({ workspaceId, ...period() });
    expect(e.weeks.map(({ started, converted, medianMs }) => ({ started, converted, medianMs }))).toEqual([
      { started: 2, converted: 1, medianMs: 2 * HOUR },
      { started: 1, converted: 1, medianMs: 30 * HOUR },
    ]);
  });

  it("counts accounts doing the event at least N times a week, and the inputs by account", async () => {
    await callerFor(ws.user("admin")).northStar.save({
      workspaceId,
      config: config({ kind: "doers", event: "workflow_run", minPerWeek: 3, unit: "accounts" }) as never,
    });
    const r = await callerFor(ws.user("viewer")).northStar.report({ workspaceId, ...period(), unit: "accounts" });
    // acme: 3 runs in week 0 (ada), 3 in week 1 (ada 2 + bo 1); beta none.
    expect(r.weeks.map((w) => w.northStar)).toEqual([1, 1]);
    expect(r.weeks.map((w) => [w.active, w.breadth, w.depth, w.frequency, w.above, w.below])).toEqual([
      [2, 1, 1, 3, 1, 1],
      [2, 1, 1, 3, 1, 1],
    ]);
    // acme starts with ada (2 h to the first run); beta with dee (no run).
    // Inputs in users beside a North Star in accounts: the same weekly counts, from the users'
    // sums (no filter) or from the accounts' own statement (a filter).
    const byUsers = await callerFor(ws.user("viewer")).northStar.report({ workspaceId, ...period(), unit: "users" });
    expect(byUsers.weeks.map((w) => [w.northStar, w.breadth])).toEqual([
      [1, 1],
      [1, 2],
    ]);
    const acme = await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } });
    const filtered = await callerFor(ws.user("viewer")).northStar.report({
      workspaceId,
      ...period(),
      accountId: acme.id,
    });
    expect(filtered.weeks.map((w) => w.northStar)).toEqual([1, 1]);
    const e = await callerFor(ws.user("viewer")).northStar.efficiency({ workspaceId, ...period(), unit: "accounts" });
    expect(e.weeks.map(({ started, converted, medianMs }) => ({ started, converted, medianMs }))).toEqual([
      { started: 2, converted: 1, medianMs: 2 * HOUR },
      { started: 0, converted: 0, medianMs: null },
    ]);
  });

  it("counts a feature's breadth, and narrows the inputs to the filter", async () => {
    await callerFor(ws.user("admin")).northStar.save({
      workspaceId,
      config: config({ kind: "feature", featureId, unit: "users" }) as never,
    });
    const acme = await testDb().account.findFirstOrThrow({ where: { workspaceId, externalId: "acme" } });
    const r = await callerFor(ws.user("viewer")).northStar.report({ workspaceId, ...period(), accountId: acme.id });
    expect(r.featureName).toBe("Runs");
    expect(r.weeks.map((w) => w.northStar)).toEqual([1, 2]);
    expect(r.weeks.map((w) => [w.active, w.breadth])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it("refuses a feature of another workspace and a bad config with messages", async () => {
    const admin = callerFor(ws.user("admin"));
    const other = await createWorkspace(testDb());
    const foreign = await insertFeature(testDb(), other.workspace.id);
    await expect(
      admin.northStar.save({
        workspaceId,
        config: config({ kind: "feature", featureId: foreign.id, unit: "users" }) as never,
      }),
    ).rejects.toThrow(/not one of this workspace's/);
    await expect(
      admin.northStar.save({
        workspaceId,
        config: { ...config({ kind: "events", event: "workflow_run" }), efficiency: { from: "a", to: "a" } } as never,
      }),
    ).rejects.toThrow(/two different events/);
  });
});
