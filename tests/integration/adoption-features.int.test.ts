// adoptionFeatures.overview, .detail and .triedOnce against the real database (SQLite, then
// PostgreSQL): a small history is ingested through the real writer in a New York workspace, and
// every figure is compared with a reference computed in TypeScript from the fixture's own message
// list (support/feature-adoption-reference.ts), over rollups and over raw events alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, dialectOf, type Db } from "../../server/db";
import { dayOfIso, isoOfDay } from "../../server/calendar/day-number";
import { startOfDayInZone } from "../../server/calendar/zone-range";
import { getFeatureDetail } from "../../server/analytics/queries/feature-detail";
import { getTriedOnce } from "../../server/analytics/queries/feature-drilldown";
import { getFeaturesOverview } from "../../server/analytics/queries/features-overview";
import type { Source } from "../../server/analytics/sources";
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
  unique,
  type TestWorkspace,
} from "../factories";
import { callerFor, databaseUrl, deps, testDb, testDialect } from "./support/db";
import { expectTrpcError } from "./support/trpc";
import {
  expectedStats,
  expectedTriedOnce,
  type Fixture,
  type FixtureEvent,
  type FixtureUser,
} from "./support/feature-adoption-reference";

const TZ = "America/New_York";
const FROM = "2026-09-01";
const TO = "2026-10-12"; // 42 days, 6 weeks; no DST change inside
const D0 = dayOfIso(FROM);
const period = { fromDay: D0, toDay: dayOfIso(TO) };
const LAST = period.toDay - D0; // 41

/** An instant on day D0 + offset, `hour` hours after midnight New York time. */
const at = (offset: number, hour = 12) =>
  new Date(startOfDayInZone(isoOfDay(D0 + offset), TZ).getTime() + hour * 3_600_000);

const users: (FixtureUser & { offset: number })[] = [
  { key: "u1", role: "engineer", account: "A", offset: -10 },
  { key: "u2", role: "sales", account: "A", offset: 4 },
  { key: "u3", role: null, account: "B", offset: 0 },
  { key: "u4", role: "engineer", account: null, offset: -3 },
  { key: "u5", role: "sales", account: "B", offset: 35 },
  { key: "u6", role: "engineer", account: "C", offset: 42 },
  { key: "u7", role: "engineer", account: "C", offset: 1 },
  { key: "u8", role: null, account: null, offset: 10 },
  { key: "u9", role: "sales", account: null, offset: 30 },
].map((u) => ({ ...u, firstSeenDay: D0 + u.offset }));

type E = {
  user: string;
  name: string;
  offset: number;
  hour?: number;
  page?: boolean;
  properties?: Record<string, string>;
};
const events: E[] = [
  { user: "u1", name: "Home", offset: -10, page: true },
  { user: "u1", name: "report_exported", offset: 0, hour: 9 },
  { user: "u1", name: "report_exported", offset: 0, hour: 15 },
  { user: "u1", name: "report_exported", offset: 1 },
  { user: "u1", name: "Home", offset: 2, page: true },
  { user: "u1", name: "report_exported", offset: 8 },
  { user: "u1", name: "report_exported", offset: 30 },
  { user: "u2", name: "Home", offset: 4, page: true },
  { user: "u2", name: "report_exported", offset: 5 },
  { user: "u2", name: "workflow_saved", offset: 6, properties: { kind: "batch" } },
  { user: "u2", name: "workflow_saved", offset: 7, properties: { kind: "Batch" } },
  { user: "u2", name: "workflow_saved", offset: 8, hour: 8, properties: { kind: "batch" } },
  { user: "u2", name: "workflow_saved", offset: 8, hour: 9, properties: { kind: "batch" } },
  { user: "u2", name: "workflow_saved", offset: 8, hour: 10, properties: { kind: "batch" } },
  { user: "u2", name: "workflow_saved", offset: 9, properties: { kind: "stream" } },
  // The first day of the period only, just after midnight; then the last day's last hour (UTC: the next day).
  { user: "u3", name: "Home", offset: 0, hour: 0.5, page: true },
  { user: "u3", name: "workflow_saved", offset: LAST, hour: 23.5, properties: { kind: "batch" } },
  // 23:00 the day before the period (New York), already the period's first day in UTC.
  { user: "u4", name: "report_exported", offset: -1, hour: 23 },
  { user: "u4", name: "report_exported", offset: 20 },
  { user: "u5", name: "report_exported", offset: 35 },
  { user: "u5", name: "report_exported", offset: LAST },
  { user: "u6", name: "Home", offset: 42, page: true },
  { user: "u6", name: "report_exported", offset: 43 },
  { user: "u7", name: "report_exported", offset: 1 },
  { user: "u8", name: "Home", offset: 10, page: true },
  { user: "u9", name: "report_exported", offset: 30 },
];

const fixture: Fixture = {
  users,
  events: events.map<FixtureEvent>((e) => ({
    user: e.user,
    type: e.page ? "page" : "track",
    name: e.name,
    properties: e.properties,
    day: D0 + e.offset + (e.hour !== undefined && e.hour >= 24 ? 1 : 0),
  })),
  features: [
    { key: "reports", uses: (e) => e.name === "report_exported", releaseDay: D0 + 3 },
    {
      key: "batch",
      uses: (e) => e.name === "workflow_saved" && e.properties?.kind?.toLowerCase() === "batch",
      releaseDay: null,
    },
    { key: "unused", uses: (e) => e.name === "never_sent", releaseDay: null },
  ],
};

describe("feature adoption reports", () => {
  let ws: TestWorkspace;
  let workspaceId: string;
  const featureIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  const externalIds = new Map<string, string>();
  let engineers: string;

  const args = <T>(input: T, source: Source = "rollups") => ({
    db: testDb(),
    dialect: testDialect(),
    workspace: { id: workspaceId, timeZone: TZ },
    input,
    source,
  });
  const filter = (patch: Record<string, unknown> = {}) => ({
    from: FROM,
    to: TO,
    segment: [],
    unit: "users" as const,
    ...patch,
  });

  beforeAll(async () => {
    const db = testDb();
    ws = await createWorkspace(db, { roles: ["admin", "viewer"], timeZone: TZ });
    workspaceId = ws.workspace.id;
    engineers = (
      await insertPersona(db, workspaceId, {
        name: "Engineers",
        rules: [{ key: "role", op: "equals", value: "engineer" }],
        priority: 1,
      })
    ).id;
    await insertPersona(db, workspaceId, {
      name: "Sales",
      rules: [{ key: "role", op: "equals", value: "sales" }],
      priority: 2,
    });
    const matchers = {
      reports: [{ event: "report_exported" }],
      batch: [{ event: "workflow_saved", where: { key: "kind", op: "equals" as const, value: "batch" } }],
      unused: [{ event: "never_sent" }],
    };
    for (const [key, m] of Object.entries(matchers))
      featureIds.set(key, (await insertFeature(db, workspaceId, { name: `${key} ${unique()}`, matchers: m })).id);
    await db.feature.update({
      where: { id: featureIds.get("reports")! },
      data: { releasedAt: startOfDayInZone(isoOfDay(D0 + 3), TZ), core: true },
    });

    const key = (await createWriteKey(db, workspaceId, { kind: "secret" })).key;
    for (const u of users) externalIds.set(u.key, `${u.key}-${unique()}`);
    const accountIds = new Map(["A", "B", "C"].map((a) => [a, `acct-${a}-${unique()}`]));
    const plans: Record<string, string> = { A: "pro", B: "free", C: "pro" };
    const first = users.flatMap((u) => [
      identifyMessage(externalIds.get(u.key)!, u.role ? { role: u.role } : { name: u.key }, {
        timestamp: at(u.offset, 0.25),
      }),
      ...(u.account
        ? [
            groupMessage(
              externalIds.get(u.key)!,
              accountIds.get(u.account)!,
              { plan: plans[u.account]! },
              { timestamp: at(u.offset, 0.25) },
            ),
          ]
        : []),
    ]);
    expect((await sendBatch(deps(), key, first)).status).toBe(200);
    const rest = events.map((e) =>
      e.page
        ? pageMessage(externalIds.get(e.user)!, e.name, { timestamp: at(e.offset, e.hour) })
        : trackMessage(externalIds.get(e.user)!, e.name, { properties: e.properties, timestamp: at(e.offset, e.hour) }),
    );
    const reply = await sendBatch(deps(), key, rest);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body.rejected ?? []).toEqual([]);
    for (const row of await db.endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } }))
      userIds.set(row.externalId.split("-")[0]!, row.id);
  });

  function compare(
    actual: Awaited<ReturnType<typeof getFeaturesOverview>>,
    expected: ReturnType<typeof expectedStats>,
  ) {
    for (const exp of expected) {
      const got = actual.features.find((f) => f.featureId === featureIds.get(exp.key))!;
      expect(got, exp.key).toBeDefined();
      expect(
        {
          active: got.active,
          adopters: got.adopters,
          breadth: got.breadth,
          frequency: got.frequency,
          depth: got.depth,
          timeToAdopt: got.timeToAdopt,
          durationWeek4: got.durationWeek4,
          trend: got.trend,
        },
        exp.key,
      ).toEqual({
        active: exp.active,
        adopters: exp.adopters,
        breadth: exp.breadth,
        frequency: exp.frequency,
        depth: exp.depth,
        timeToAdopt: exp.timeToAdopt,
        durationWeek4: exp.duration[4],
        trend: exp.trend,
      });
    }
  }

  it.each(["rollups", "raw"] as const)("overview by users equals the reference (%s)", async (source) => {
    const report = await getFeaturesOverview(args(filter(), source));
    expect(report.period).toEqual({ from: FROM, to: TO, days: 42 });
    expect(report.active).toBe(8); // everyone but u6 (after the period)
    compare(report, expectedStats(fixture, "users", period));
    // Hand checks on top of the reference: u4's 23:00 use the day before does not count in the period.
    const reports = report.features.find((f) => f.featureId === featureIds.get("reports"))!;
    expect(reports.adopters).toBe(6); // u1, u2, u4, u5, u7, u9
    expect(reports.timeToAdopt.n).toBe(5); // u4 first used it before the period
    expect(reports.core).toBe(true);
    expect(reports.releasedOn).toBe(isoOfDay(D0 + 3));
    const batch = report.features.find((f) => f.featureId === featureIds.get("batch"))!;
    expect(batch.adopters).toBe(2); // u2 (batch, Batch) and u3 on the last day at 23:30 New York
    const unused = report.features.find((f) => f.featureId === featureIds.get("unused"))!;
    expect(unused).toMatchObject({ adopters: 0, breadth: 0, frequency: null, quadrant: "low" });
    expect(unused.depth.median).toBeNull();
  });

  it.each(["rollups", "raw"] as const)("overview by accounts equals the reference (%s)", async (source) => {
    const report = await getFeaturesOverview(args(filter({ unit: "accounts" }), source));
    expect(report.active).toBe(3);
    compare(report, expectedStats(fixture, "accounts", period));
  });

  it.each(["rollups", "raw"] as const)("a persona filter restricts the population (%s)", async (source) => {
    const report = await getFeaturesOverview(args(filter({ personaId: engineers }), source));
    compare(
      report,
      expectedStats(fixture, "users", period, (u) => u.role === "engineer"),
    );
  });

  it("a plan segment on accounts restricts accounts", async () => {
    const segment = [{ scope: "account", key: "plan", op: "equals", value: "PRO" }];
    const report = await getFeaturesOverview(args(filter({ unit: "accounts", segment })));
    expect(report.active).toBe(2); // A and C (C only through u7; u6 is after the period)
    compare(
      report,
      expectedStats(fixture, "accounts", period, (u) => u.account === "A" || u.account === "C"),
    );
  });

  it("an empty period gives zeros and nulls", async () => {
    const report = await getFeaturesOverview(args(filter({ from: "2026-01-01", to: "2026-01-31" })));
    expect(report.active).toBe(0);
    for (const f of report.features) {
      expect(f).toMatchObject({ adopters: 0, breadth: null, frequency: null, quadrant: "low" });
      expect(f.trend.every((w) => w.active === 0 && w.breadth === null)).toBe(true);
    }
    expect(report.medians).toEqual({ breadth: null, frequency: null });
  });

  it("the engagement matrix medians are over features with a value", async () => {
    const report = await getFeaturesOverview(args(filter()));
    const b = report.features.map((f) => f.breadth!).sort((x, y) => x - y);
    expect(report.medians.breadth).toBeCloseTo(b[1]!); // three features: the middle one
    const reports = report.features.find((f) => f.featureId === featureIds.get("reports"))!;
    expect(reports.quadrant === "core" || reports.quadrant === "casual").toBe(true);
  });

  it.each(["rollups", "raw"] as const)("detail equals the reference (%s)", async (source) => {
    const detail = await getFeatureDetail(args({ ...filter(), featureId: featureIds.get("reports")! }, source));
    const [exp] = expectedStats(fixture, "users", period).filter((s) => s.key === "reports");
    expect(detail.duration).toEqual(exp!.duration);
    expect(detail.stats.adopters).toBe(exp!.adopters);
    expect(detail.depthHistogram.reduce((s, b) => s + b.count, 0)).toBe(exp!.adopters);
    expect(detail.timeToAdoptHistogram.reduce((s, b) => s + b.count, 0)).toBe(exp!.timeToAdopt.n);
    // Active in the period by persona: engineers u1, u4, u7; sales u2, u5, u9; none u3, u8.
    const persona = Object.fromEntries(detail.byPersona.map((r) => [r.label, [r.active, r.adopters]]));
    expect(persona).toEqual({ Engineers: [3, 3], Sales: [3, 3], "No persona": [2, 0] });
    // By plan: pro (A: u1, u2; C: u7), free (B: u3, u5), none (u4, u8, u9).
    const plan = Object.fromEntries(detail.byPlan.map((r) => [r.label, [r.active, r.adopters]]));
    expect(plan).toEqual({ pro: [3, 3], free: [2, 1], "No plan": [3, 2] });
    // Accounts that adopted it by the period's end: A (u1 ×5 uses, u2 ×1), B (u5 ×2), C (u7 ×1; u6 after the end).
    expect(detail.accountsTotal).toBe(3);
    expect(detail.accounts.map((a) => [a.externalId.split("-")[1], a.uses, a.adoptingUsers])).toEqual(
      [
        ["A", 6, 2],
        ["C", 2, 1],
        ["B", 2, 1],
      ].sort((x, y) => (y[1] as number) - (x[1] as number) || String(x[0]).localeCompare(String(y[0]))),
    );
    const a = detail.accounts.find((r) => r.externalId.startsWith("acct-A"))!;
    expect([a.firstUse, a.lastUse]).toEqual([isoOfDay(D0), isoOfDay(D0 + 30)]);
  });

  it.each(["rollups", "raw"] as const)("tried once, never came back equals the reference (%s)", async (source) => {
    const list = await getTriedOnce(args({ ...filter(), featureId: featureIds.get("reports")!, limit: 200 }, source));
    const expected = expectedTriedOnce(fixture, fixture.features[0]!, period);
    expect(expected.map((u) => u.user)).toEqual(["u2", "u7"]); // u9's single day is too recent, u6's after the end
    expect(list.total).toBe(2);
    expect(list.users.map((u) => [u.id, u.day])).toEqual(expected.map((u) => [userIds.get(u.user), isoOfDay(u.day)]));
    expect(list.users[0]).toMatchObject({ persona: "Sales", firstSeen: isoOfDay(D0 + 4) });
    expect(list.users[0]!.accountId).not.toBeNull();
  });

  it("through tRPC: viewers read the reports; bad input is a 400; another workspace's feature is NOT_FOUND", async () => {
    const viewer = callerFor(ws.user("viewer"));
    const input = { workspaceId, ...filter() };
    const overview = await viewer.adoptionFeatures.overview(input);
    expect(overview.features).toHaveLength(3);
    const featureId = featureIds.get("batch")!;
    expect((await viewer.adoptionFeatures.detail({ ...input, featureId })).stats.adopters).toBe(2);
    expect((await viewer.adoptionFeatures.triedOnce({ ...input, featureId })).total).toBe(0);

    await expectTrpcError(viewer.adoptionFeatures.overview({ ...input, from: TO, to: FROM }), "BAD_REQUEST");
    await expectTrpcError(viewer.adoptionFeatures.overview({ ...input, from: "2020-01-01" }), "BAD_REQUEST");
    await expectTrpcError(viewer.adoptionFeatures.detail({ ...input, featureId: "" }), "BAD_REQUEST");
    await expectTrpcError(viewer.adoptionFeatures.triedOnce({ ...input, featureId, limit: 0 }), "BAD_REQUEST");

    const other = await createWorkspace(testDb(), { roles: ["admin"] });
    const foreign = (await insertFeature(testDb(), other.workspace.id)).id;
    await expectTrpcError(viewer.adoptionFeatures.detail({ ...input, featureId: foreign }), "NOT_FOUND");
    await expectTrpcError(viewer.adoptionFeatures.triedOnce({ ...input, featureId: foreign }), "NOT_FOUND");
    await expectTrpcError(callerFor(other.user("admin")).adoptionFeatures.detail({ ...input, featureId }), "NOT_FOUND");
  });
});

describe("Settings → Features: core and release day", () => {
  it("sets both without a rebuild, reads the day back in the workspace's zone, and an edit keeps them", async () => {
    const db = testDb();
    const ws = await createWorkspace(db, { roles: ["admin", "pm", "viewer"], timeZone: "Asia/Tokyo" });
    const workspaceId = ws.workspace.id;
    const { id } = await insertFeature(db, workspaceId, { matchers: [{ event: "exported" }] });
    const pm = callerFor(ws.user("pm"));
    const jobsBefore = await db.job.count({ where: { workspaceId } });

    const saved = await pm.feature.setAdoption({ workspaceId, id, core: true, releasedOn: "2026-03-10" });
    expect(saved.core).toBe(true);
    // Midnight in Tokyo is 15:00 UTC the day before.
    expect(saved.releasedAt?.toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(await db.job.count({ where: { workspaceId } })).toBe(jobsBefore);
    const [listed] = await callerFor(ws.user("viewer")).feature.list({ workspaceId });
    expect(listed).toMatchObject({ id, core: true, releasedOn: "2026-03-10" });
    const overview = await pm.adoptionFeatures.overview({ workspaceId });
    expect(overview.features[0]).toMatchObject({ featureId: id, core: true, releasedOn: "2026-03-10" });

    // Editing the events leaves core and the release day alone.
    await pm.feature.update({
      workspaceId,
      id,
      data: { name: "Exports", description: "", matchers: [{ event: "exported" }, { event: "printed" }] },
    });
    expect(await db.feature.findUnique({ where: { id }, select: { core: true, releasedAt: true } })).toEqual({
      core: true,
      releasedAt: new Date("2026-03-09T15:00:00.000Z"),
    });

    const cleared = await pm.feature.setAdoption({ workspaceId, id, core: false, releasedOn: null });
    expect([cleared.core, cleared.releasedAt]).toEqual([false, null]);

    await expectTrpcError(
      callerFor(ws.user("viewer")).feature.setAdoption({ workspaceId, id, core: true, releasedOn: null }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      pm.feature.setAdoption({ workspaceId, id, core: true, releasedOn: "10/03/2026" }),
      "BAD_REQUEST",
    );
    const other = await createWorkspace(db, { roles: ["admin"] });
    const foreign = (await insertFeature(db, other.workspace.id)).id;
    await expectTrpcError(
      pm.feature.setAdoption({ workspaceId, id: foreign, core: true, releasedOn: null }),
      "NOT_FOUND",
    );
    expect(await db.feature.findUnique({ where: { id: foreign }, select: { core: true } })).toEqual({ core: false });
  });
});

describe("cost in statements", () => {
  let counted: Db;
  let statements: string[] = [];
  beforeAll(() => {
    counted = createDb(databaseUrl(), { onQuery: (q) => void statements.push(q) });
  });
  afterAll(() => counted.$disconnect());

  it("the overview runs as many statements for 12 features as for 1 (no query per feature)", async () => {
    const ws = await createWorkspace(testDb(), { roles: ["admin"] });
    const workspaceId = ws.workspace.id;
    const key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
    const count = async () => {
      statements = [];
      await getFeaturesOverview({
        db: counted,
        dialect: dialectOf(counted),
        workspace: { id: workspaceId, timeZone: "UTC" },
        input: { segment: [], unit: "users" },
      });
      return statements.length;
    };
    await insertFeature(testDb(), workspaceId, { matchers: [{ event: "e0" }] });
    await sendBatch(deps(), key, [trackMessage("someone", "e0")]);
    const one = await count();
    for (let i = 1; i < 12; i++) await insertFeature(testDb(), workspaceId, { matchers: [{ event: `e${i}` }] });
    await sendBatch(deps(), key, [trackMessage("someone", "e5"), trackMessage("other", "e7")]);
    expect(await count()).toBe(one);
    expect(one).toBeLessThanOrEqual(6);
  });
});
