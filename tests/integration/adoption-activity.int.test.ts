// The activity reports (retention, cohorts, lifecycle, stickiness, critical event) against the
// real database, SQLite then PostgreSQL. A seeded fixture is ingested through the real writer in a
// Los Angeles workspace; the expected reports are computed here from the fixture's own messages
// with the pure metric functions, and each report must equal them read over the rollups AND over
// raw events. Days are computed here with the fixed winter offset (UTC−8, no DST before March 8,
// 2026), independently of the code under test.
import { beforeAll, describe, expect, it } from "vitest";
import { dayOfIso } from "../../server/calendar/day-number";
import type { Source } from "../../server/analytics/sources";
import { getRetentionReport } from "../../server/analytics/queries/retention-period";
import { getCohortsReport } from "../../server/analytics/queries/retention-cohorts";
import { getLifecycleReport } from "../../server/analytics/queries/lifecycle";
import { getStickinessReport } from "../../server/analytics/queries/stickiness";
import {
  getCriticalEventReport,
  getEventOptions,
  listPastInterval,
} from "../../server/analytics/queries/critical-event";
import {
  ZCohortsInput,
  ZCriticalEventInput,
  ZLifecycleInput,
  ZPastIntervalInput,
  ZRetentionInput,
  ZStickinessInput,
} from "../../server/analytics/activity-schemas";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertFeature,
  insertPersona,
  pageMessage,
  sendBatch,
  trackMessage,
  type RawMessage,
} from "../factories";
import { callerFor, deps, testDb, testDialect } from "./support/db";
import { expectTrpcError } from "./support/trpc";
import { byLastThenId, reference, type Fixture, type Scope } from "./support/activity-reference";

const TZ = "America/Los_Angeles";
const OFFSET_MS = -8 * 3_600_000;
const DAY_MS = 86_400_000;
const FROM = "2026-01-07"; // a Wednesday: the first week and month are clipped
const TO = "2026-02-22";
const NOW = new Date("2026-02-25T12:00:00Z");
const fromDay = dayOfIso(FROM);
const toDay = dayOfIso(TO);

/** An instant on local day `day` at local `minutes` past midnight. */
const at = (day: number, minutes: number) => new Date(day * DAY_MS + minutes * 60_000 - OFFSET_MS);
const localDay = (iso: string) => Math.floor((Date.parse(iso) + OFFSET_MS) / DAY_MS);

function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Identify (and group) messages first, then activity; both as the fixture's message list. */
function fixtureMessages(): { setup: RawMessage[]; activity: RawMessage[] } {
  const rnd = seeded(42);
  const setup: RawMessage[] = [];
  const activity: RawMessage[] = [];
  const roles = ["engineer", "sales", ""];
  const accounts = ["acme", "globex", "initech", null];
  for (let i = 0; i < 24; i++) {
    const id = `u${i}`;
    const start = fromDay - 45 + Math.floor(rnd() * 80);
    const end = start + 5 + Math.floor(rnd() * 60);
    const p = [0.12, 0.3, 0.6][i % 3]!;
    // Some users are identified days before their first activity (first seen earlier).
    const seen = start - (i % 5 === 0 ? 3 : 0);
    setup.push(identifyMessage(id, roles[i % 3] ? { role: roles[i % 3] } : {}, { timestamp: at(seen, 8 * 60) }));
    const account = accounts[i % 4];
    if (account) setup.push(groupMessage(id, account, { name: account }, { timestamp: at(seen, 8 * 60 + 1) }));
    for (let day = start; day <= end; day++) {
      if (rnd() >= p) continue;
      const calls = 1 + Math.floor(rnd() * 3);
      for (let c = 0; c < calls; c++) {
        // Late evenings locally are the next day in UTC.
        const minutes = rnd() < 0.3 ? 22 * 60 + Math.floor(rnd() * 110) : 9 * 60 + Math.floor(rnd() * 600);
        const pick = rnd();
        if (pick < 0.4) activity.push(trackMessage(id, "workflow_run", { timestamp: at(day, minutes) }));
        else if (pick < 0.7) activity.push(trackMessage(id, "docs_opened", { timestamp: at(day, minutes) }));
        else activity.push(pageMessage(id, "Home", { timestamp: at(day, minutes) }));
      }
    }
  }
  // Edge users: only on the first day, late evening (the next day in UTC); only on the last day,
  // just after midnight; only the day before the period; the event twice on its only day.
  setup.push(identifyMessage("edge-from", { role: "engineer" }, { timestamp: at(fromDay, 23 * 60 + 30) }));
  activity.push(pageMessage("edge-from", "Home", { timestamp: at(fromDay, 23 * 60 + 30) }));
  setup.push(identifyMessage("edge-to", {}, { timestamp: at(toDay, 15) }));
  activity.push(trackMessage("edge-to", "workflow_run", { timestamp: at(toDay, 15) }));
  setup.push(identifyMessage("edge-before", {}, { timestamp: at(fromDay - 1, 23 * 60 + 59) }));
  activity.push(trackMessage("edge-before", "workflow_run", { timestamp: at(fromDay - 1, 23 * 60 + 59) }));
  setup.push(identifyMessage("twice", { role: "sales" }, { timestamp: at(fromDay + 3, 600) }));
  activity.push(trackMessage("twice", "workflow_run", { timestamp: at(fromDay + 3, 600) }));
  activity.push(trackMessage("twice", "workflow_run", { timestamp: at(fromDay + 3, 700) }));
  return { setup, activity };
}

let fx: Fixture;
let ws: { id: string; timeZone: string };
let featureId: string;
let engineerId: string;
let viewer: Parameters<typeof callerFor>[0];

beforeAll(async () => {
  const db = testDb();
  const w = await createWorkspace(db, { timeZone: TZ, roles: ["admin", "viewer"] });
  ws = { id: w.workspace.id, timeZone: TZ };
  viewer = w.user("viewer");
  engineerId = (await insertPersona(db, ws.id, { name: "Engineer", priority: 1 })).id;
  await insertPersona(db, ws.id, {
    name: "Sales",
    priority: 2,
    rules: [{ key: "role", op: "equals", value: "sales" }],
  });
  featureId = (await insertFeature(db, ws.id, { name: "Workflows", matchers: [{ event: "workflow_run" }] })).id;
  const key = (await createWriteKey(db, ws.id, { kind: "secret" })).key;
  const { setup, activity } = fixtureMessages();
  for (const batch of [setup, activity])
    for (let i = 0; i < batch.length; i += 200) {
      const reply = await sendBatch(deps(), key, batch.slice(i, i + 200));
      expect(reply.status).toBe(200);
    }
  const users = await db.endUser.findMany({
    where: { workspaceId: ws.id },
    select: { id: true, externalId: true, personaId: true, accountId: true, firstSeenDay: true },
  });
  fx = {
    messages: [...setup, ...activity].map((m) => ({
      userId: String(m.userId),
      type: String(m.type),
      // Pages are stored under one name ("$page"), the page's own name being a property.
      name: m.type === "track" ? String(m.event) : `$${String(m.type)}`,
      day: localDay(String(m.timestamp)),
    })),
    users: users.map((u) => ({ id: u.id, externalId: u.externalId, personaId: u.personaId, accountId: u.accountId })),
  };
  // The writer's first-seen day is the reference's: the earliest message, in local days.
  for (const u of users) expect(u.firstSeenDay).toBe(reference(fx).firstSeenOf(u.id));
}, 120_000);

const SOURCES: Source[] = ["rollups", "raw"];
const args = <T>(input: T, source: Source) => ({
  db: testDb(),
  dialect: testDialect(),
  workspace: ws,
  input,
  now: NOW,
  source,
});

const SCOPES: { label: string; scope: () => Scope; input: () => Record<string, unknown> }[] = [
  { label: "users, any call", scope: () => ({ unit: "users" }), input: () => ({}) },
  { label: "accounts, any call", scope: () => ({ unit: "accounts" }), input: () => ({ unit: "accounts" }) },
  {
    label: "users, one event, one persona",
    scope: () => ({ unit: "users", event: "workflow_run", personaId: engineerId }),
    input: () => ({ activeEvent: "workflow_run", personaId: engineerId }),
  },
  {
    label: "users, page views",
    scope: () => ({ unit: "users", event: "$page" }),
    input: () => ({ activeEvent: "$page" }),
  },
  {
    label: "accounts, one feature",
    scope: () => ({ unit: "accounts", event: "workflow_run" }),
    input: () => ({ unit: "accounts", activeFeatureId: featureId }),
  },
  {
    label: "accounts of a persona",
    scope: () => ({ unit: "accounts", personaId: engineerId }),
    input: () => ({ unit: "accounts", personaId: engineerId }),
  },
];

describe.each(SCOPES)("$label", ({ scope, input }) => {
  it.each([1, 7])("retention with %i-day windows equals the reference, rollups and raw", async (window) => {
    const expected = reference(fx).retention(scope(), fromDay, toDay, window);
    for (const source of SOURCES) {
      const report = await getRetentionReport(
        args(ZRetentionInput.parse({ from: FROM, to: TO, window, ...input() }), source),
      );
      expect({ current: report.current, trend: report.trend }, source).toEqual(expected);
    }
  });

  it("cohorts equal the reference", async () => {
    const expected = await reference(fx).cohorts(scope(), fromDay, toDay, testDb(), ws.id);
    for (const source of SOURCES) {
      const report = await getCohortsReport(args(ZCohortsInput.parse({ from: FROM, to: TO, ...input() }), source));
      expect(
        { weeks: report.weeks, cohorts: report.cohorts, average: report.average, personas: report.personas },
        source,
      ).toEqual(expected);
    }
  });

  it.each(["day", "week", "month"] as const)("lifecycle by %s equals the reference", async (granularity) => {
    const expected = reference(fx).lifecycle(scope(), fromDay, toDay, granularity);
    for (const source of SOURCES) {
      const report = await getLifecycleReport(
        args(ZLifecycleInput.parse({ from: FROM, to: TO, granularity, ...input() }), source),
      );
      expect({ intervals: report.intervals, overall: report.overall }, source).toEqual(expected);
    }
  });

  it("stickiness equals the reference", async () => {
    const expected = reference(fx).stickiness(scope(), fromDay, toDay);
    for (const source of SOURCES) {
      const report = await getStickinessReport(
        args(ZStickinessInput.parse({ from: FROM, to: TO, ...input() }), source),
      );
      expect(
        { daily: report.daily, weekly: report.weekly, average: report.average, activeDays: report.activeDays },
        source,
      ).toEqual(expected);
    }
  });
});

describe("critical event", () => {
  it.each([
    { percentile: 80, byPersona: false },
    { percentile: 50, byPersona: true },
  ])(
    "repeat gaps, interval and overdue users equal the reference ($percentile%)",
    async ({ percentile, byPersona }) => {
      const persona = byPersona ? engineerId : undefined;
      const expected = reference(fx).criticalEvent("workflow_run", toDay, percentile, persona);
      for (const source of SOURCES) {
        const input = ZCriticalEventInput.parse({
          from: FROM,
          to: TO,
          event: "workflow_run",
          percentile,
          personaId: persona,
        });
        const report = await getCriticalEventReport(args(input, source));
        expect(report, source).toMatchObject(expected.report);
        const list = await listPastInterval(
          args(
            ZPastIntervalInput.parse({
              from: FROM,
              to: TO,
              event: "workflow_run",
              personaId: persona,
              intervalDays: report.intervalDays ?? 0,
            }),
            source,
          ),
        );
        expect(list.total, source).toBe(report.pastInterval);
        const rows = list.users.map((u) => [u.endUserId, u.lastDay, u.uses] as [string, string, number]);
        // The query orders ties by externalId (collation-dependent): compare in one order.
        expect(rows.sort(byLastThenId), source).toEqual(expected.overdue(report.intervalDays ?? 0));
      }
    },
  );

  it("an event nobody tracked gives an empty report; the options list the tracked names by calls", async () => {
    const report = await getCriticalEventReport(
      args(ZCriticalEventInput.parse({ event: "never_tracked", from: FROM, to: TO }), "rollups"),
    );
    expect(report).toMatchObject({ doers: 0, repeaters: 0, intervalDays: null, onceShare: null, pastInterval: 0 });
    // "Recent" = the last 30 calendar days: ending on TO, from 2026-01-24 on.
    const now = new Date(`${TO}T12:00:00Z`);
    const options = await getEventOptions({ db: testDb(), workspace: ws, now });
    expect(options.events.map((e) => e.name).sort()).toEqual(["$page", "docs_opened", "workflow_run"]);
    const runs = fx.messages.filter((m) => m.type === "track" && m.name === "workflow_run");
    const run = options.events.find((e) => e.name === "workflow_run")!;
    expect(run.count).toBe(runs.length);
    const since = dayOfIso("2026-01-24");
    expect(run.recent).toBe(runs.filter((m) => m.day >= since).length);
    expect(run.recent).toBeGreaterThan(0);
    expect(run.recent).toBeLessThan(run.count);
    const later = await getEventOptions({ db: testDb(), workspace: ws, now: new Date("2030-01-01T00:00:00Z") });
    expect(later.events.every((e) => e.recent === 0)).toBe(true);
  });
});

describe("edges", () => {
  it("an empty period gives zeros and nulls, not errors", async () => {
    const empty = { from: "2025-06-01", to: "2025-07-31" };
    for (const source of SOURCES) {
      const r = await getRetentionReport(args(ZRetentionInput.parse({ ...empty, window: 28 }), source));
      expect(r.current).toEqual({
        from: empty.from,
        to: empty.to,
        started: 0,
        retained: 0,
        lost: 0,
        new: 0,
        rate: null,
      });
      const l = await getLifecycleReport(args(ZLifecycleInput.parse(empty), source));
      expect(l.overall).toEqual({ new: 0, resurrected: 0, dormant: 0, quickRatio: null });
      const s = await getStickinessReport(args(ZStickinessInput.parse(empty), source));
      expect(s.average).toEqual({ dauMau: null, dauWau: null, wauMau: null });
      const c = await getCohortsReport(args(ZCohortsInput.parse(empty), source));
      expect(c.cohorts.every((row) => row.size === 0)).toBe(true);
    }
  });

  it("the boundary-day users count on their day and no other", async () => {
    const ids = new Map(fx.users.map((u) => [u.externalId, u.id]));
    const r = reference(fx);
    expect(r.daysOf({ unit: "users" }).get(ids.get("edge-from")!)).toEqual([fromDay]);
    expect(r.daysOf({ unit: "users" }).get(ids.get("edge-to")!)).toEqual([toDay]);
    // Only the day before the period: outside a 1-day-window retention that starts on fromDay.
    const report = await getRetentionReport(args(ZRetentionInput.parse({ from: FROM, to: TO, window: 1 }), "rollups"));
    const firstDay = [...r.daysOf({ unit: "users" }).values()].filter((d) => d.includes(fromDay)).length;
    expect(report.current.started).toBe(firstDay);
  });

  it("refuses a period shorter than two windows, and another workspace's feature", async () => {
    const caller = callerFor(viewer);
    await expectTrpcError(
      caller.adoptionActivity.retention({ workspaceId: ws.id, from: "2026-02-01", to: "2026-02-20", window: 28 }),
      "BAD_REQUEST",
    );
    const other = await createWorkspace(testDb());
    const foreign = (await insertFeature(testDb(), other.workspace.id)).id;
    await expectTrpcError(
      caller.adoptionActivity.stickiness({ workspaceId: ws.id, activeFeatureId: foreign }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      caller.adoptionActivity.retention({ workspaceId: ws.id, activeEvent: "a", activeFeatureId: featureId }),
      "BAD_REQUEST",
    );
    const ok = await caller.adoptionActivity.lifecycle({
      workspaceId: ws.id,
      from: FROM,
      to: TO,
      granularity: "month",
    });
    expect(ok.intervals.map((i) => [i.from, i.to])).toEqual([
      ["2026-01-07", "2026-01-31"],
      ["2026-02-01", "2026-02-22"],
    ]);
  });
});
