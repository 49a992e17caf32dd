// onboardingReport.funnel and .impact against the real database (SQLite, then PostgreSQL): rows
// are inserted directly, as the checklist ingest hooks would leave them, and the numbers checked
// against hand counts. Times are hours from T0 = 2026-11-02 09:00 UTC.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../server/db";
import { createWorkspace, insertPersona, unique, type TestWorkspace } from "../factories";
import { callerFor, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 2, 9);
const at = (hours: number) => new Date(T0 + hours * H);

async function insertAccount(db: Db, workspaceId: string) {
  return (
    await db.account.create({
      data: { workspaceId, externalId: unique("acct-"), traits: {}, firstSeenAt: at(0), lastSeenAt: at(0) },
      select: { id: true },
    })
  ).id;
}

async function insertUsers(
  db: Db,
  workspaceId: string,
  users: { key: string; accountId?: string | null; personaId?: string | null }[],
) {
  const rows = users.map((u) => ({
    id: randomUUID(),
    workspaceId,
    externalId: `${u.key}-${unique()}`,
    traits: {},
    accountId: u.accountId ?? null,
    personaId: u.personaId ?? null,
    firstSeenAt: at(0),
    lastSeenAt: at(0),
    firstSeenDay: 0,
    lastSeenDay: 0,
  }));
  await db.endUser.createMany({ data: rows });
  return new Map(users.map((u, i) => [u.key, { id: rows[i]!.id, externalId: rows[i]!.externalId }]));
}

function eventRow(workspaceId: string, endUserId: string, name: string, hours: number, type = "track") {
  return {
    id: randomUUID(),
    workspaceId,
    messageId: unique("m-"),
    type,
    name,
    endUserId,
    properties: {},
    timestamp: at(hours),
    receivedAt: at(hours),
    day: Math.floor((T0 + hours * H) / 86_400_000),
  };
}

describe("onboarding reports", () => {
  const db = () => testDb();
  let ws: TestWorkspace;
  let workspaceId: string;
  let checklistId: string;
  let p1: string;
  let p2: string;
  let users: Map<string, { id: string; externalId: string }>;
  let items: { connect: string; warehouse: string; save: string };
  const id = (key: string) => users.get(key)!.id;

  beforeAll(async () => {
    // Paris, so the date filter's day boundaries are not UTC's.
    ws = await createWorkspace(db(), { roles: ["admin", "viewer"], timeZone: "Europe/Paris" });
    workspaceId = ws.workspace.id;
    p1 = (await insertPersona(db(), workspaceId, { priority: 1 })).id;
    p2 = (await insertPersona(db(), workspaceId, { priority: 2 })).id;
    const [x, y, z] = [
      await insertAccount(db(), workspaceId),
      await insertAccount(db(), workspaceId),
      await insertAccount(db(), workspaceId),
    ];
    // A and B share account X; C and F share Y; D has no account; E is alone in Z. G is exposed
    // but never saw the checklist. H1–H4 are the holdout.
    users = await insertUsers(db(), workspaceId, [
      { key: "A", accountId: x, personaId: p1 },
      { key: "B", accountId: x, personaId: p1 },
      { key: "C", accountId: y, personaId: p2 },
      { key: "D", personaId: p1 },
      { key: "E", accountId: z, personaId: p2 },
      { key: "F", accountId: y, personaId: p1 },
      { key: "G", personaId: p1 },
      { key: "H1", personaId: p1 },
      { key: "H2", personaId: p2 },
      { key: "H3", personaId: p1 },
      { key: "H4", personaId: p2 },
    ]);

    const checklist = await db().checklist.create({
      data: {
        workspaceId,
        title: "Get started",
        status: "live",
        targeting: {},
        translations: {},
        holdoutPercent: 30,
        goalEvent: "workflow_run",
        items: {
          create: [
            {
              workspaceId,
              position: 1,
              title: "Connect a source",
              completion: { event: "connection_created" },
              translations: {},
            },
            {
              workspaceId,
              position: 2,
              title: "Connect the warehouse",
              completion: { event: "warehouse_connected" },
              scope: "account",
              translations: {},
            },
            {
              workspaceId,
              position: 3,
              title: "Save a workflow",
              completion: { event: "workflow_saved" },
              precursorEvent: "workflow_started",
              translations: {},
            },
          ],
        },
      },
      select: { id: true, items: { select: { id: true, position: true } } },
    });
    checklistId = checklist.id;
    const byPosition = (p: number) => checklist.items.find((i) => i.position === p)!.id;
    items = { connect: byPosition(1), warehouse: byPosition(2), save: byPosition(3) };

    const progress = (
      key: string,
      group: "exposed" | "holdout",
      createdHours: number,
      seenHours: number | null,
      dismissedHours: number | null = null,
    ) => ({
      workspaceId,
      checklistId,
      endUserId: id(key),
      group,
      createdAt: at(createdHours),
      seenAt: seenHours === null ? null : at(seenHours),
      dismissedAt: dismissedHours === null ? null : at(dismissedHours),
    });
    await db().checklistProgress.createMany({
      data: [
        progress("A", "exposed", 0, 0, 6), // completes, then dismisses: not a dismissal
        progress("B", "exposed", 0, 1),
        progress("C", "exposed", 0, 0, 7),
        progress("D", "exposed", 72, 82),
        progress("E", "exposed", 72, 72),
        progress("F", "exposed", 72, 72),
        progress("G", "exposed", 72, null),
        progress("H1", "holdout", 0, null),
        progress("H2", "holdout", 0, null),
        progress("H3", "holdout", 0, null),
        // 2026-11-04 23:30 UTC is already the 5th in Paris.
        progress("H4", "holdout", 62.5, null),
      ],
    });

    const done = (
      item: string,
      subjectKey: string,
      hours: number,
      endUserId: string | null = null,
      accountId: string | null = null,
    ) => ({
      workspaceId,
      checklistItemId: item,
      subjectKey,
      endUserId,
      accountId,
      completedAt: at(hours),
    });
    await db().checklistItemCompletion.createMany({
      data: [
        done(items.connect, `u:${id("A")}`, 1, id("A")),
        done(items.warehouse, `a:${x}`, 2, id("A"), x), // A connected X's warehouse: done for B too
        done(items.save, `u:${id("A")}`, 5, id("A")),
        done(items.connect, `u:${id("B")}`, 3, id("B")),
        done(items.save, `u:${id("B")}`, 4, id("B")),
        done(items.connect, `u:${id("C")}`, 1, id("C")),
        // D's own key on the account-wide item: recorded while it was user-scoped. All before seeing it.
        done(items.connect, `u:${id("D")}`, 72, id("D")),
        done(items.warehouse, `u:${id("D")}`, 72, id("D")),
        done(items.save, `u:${id("D")}`, 73, id("D")),
        done(items.save, `u:${id("F")}`, 74, id("F")),
        // Not for anyone seen: G did an item without ever seeing the checklist.
        done(items.connect, `u:${id("G")}`, 80, id("G")),
      ],
    });

    await db().event.createMany({
      data: [
        eventRow(workspaceId, id("C"), "workflow_started", 6),
        eventRow(workspaceId, id("E"), "workflow_started", 79),
        eventRow(workspaceId, id("E"), "workflow_started", 80),
        eventRow(workspaceId, id("F"), "workflow_started", 73),
        eventRow(workspaceId, id("G"), "workflow_started", 81), // never saw it: not a stall
        // Goal: converted = tracked workflow_run at or after entering (createdAt).
        eventRow(workspaceId, id("A"), "workflow_run", 10),
        eventRow(workspaceId, id("A"), "workflow_run", 11), // twice, counted once
        eventRow(workspaceId, id("B"), "workflow_run", 0), // at the very moment B entered
        eventRow(workspaceId, id("C"), "workflow_run", -5), // before entering: not converted
        eventRow(workspaceId, id("D"), "workflow_run", 100),
        eventRow(workspaceId, id("E"), "workflow_run", 90, "page"), // a page of that name is not the event
        eventRow(workspaceId, id("G"), "workflow_run", 90), // exposed without seeing: still counts (intent to treat)
        eventRow(workspaceId, id("H1"), "workflow_run", 5),
        eventRow(workspaceId, id("H2"), "workflow_run", -1),
        eventRow(workspaceId, id("H4"), "workflow_started", 40),
      ],
    });

    // Another workspace storing rows under E's and H3's ids must not leak into these reports.
    const other = await createWorkspace(db());
    await db().event.createMany({
      data: [
        eventRow(other.workspace.id, id("E"), "workflow_run", 100),
        eventRow(other.workspace.id, id("H3"), "workflow_run", 100),
        eventRow(other.workspace.id, id("E"), "workflow_started", 100),
      ],
    });
  });

  const input = (extra: Record<string, unknown> = {}) => ({ workspaceId, checklistId, ...extra });

  it("funnel: seen → items (account scope) → completed, median time, dismissals, stalls", async () => {
    const report = await callerFor(ws.user("viewer")).onboardingReport.funnel(input());
    expect(report.checklist).toEqual({ id: checklistId, title: "Get started", status: "live", holdoutPercent: 30 });
    expect(report.seen).toBe(6); // A–F; G never saw it, H* are held out
    expect(report.steps.map((s) => [s.title, s.scope, s.completionEvent, s.done, s.rate])).toEqual([
      ["Connect a source", "user", "connection_created", 4, 4 / 6], // A B C D
      ["Connect the warehouse", "account", "warehouse_connected", 3, 3 / 6], // A B (account X), D
      ["Save a workflow", "user", "workflow_saved", 4, 4 / 6], // A B D F
    ]);
    expect(report.completed).toEqual({ count: 3, rate: 0.5 }); // A B D
    expect(report.dismissed).toEqual({ count: 1, rate: 1 / 6 }); // C
    // A: 5 h − 0; B: 4 h − 1 h = 3 h; D: done at 73 h, seen at 82 h → 0. Median of [0, 3 h, 5 h].
    expect(report.medianTimeToCompleteMs).toBe(3 * H);
    expect(report.stalls).toHaveLength(1);
    const stall = report.stalls[0]!;
    expect(stall).toMatchObject({
      itemId: items.save,
      precursorEvent: "workflow_started",
      completionEvent: "workflow_saved",
      started: 3,
      stalled: 2,
    });
    expect(stall.rateOfStarted).toBeCloseTo(2 / 3, 12);
    expect(stall.rateOfSeen).toBeCloseTo(2 / 6, 12);
    // E's last workflow_started (80 h) is more recent than C's (6 h).
    expect(stall.examples).toEqual([
      { endUserId: id("E"), externalId: users.get("E")!.externalId, lastPrecursorAt: at(80) },
      { endUserId: id("C"), externalId: users.get("C")!.externalId, lastPrecursorAt: at(6) },
    ]);
  });

  it("funnel by persona: account-wide items still count through a colleague of another persona", async () => {
    const caller = callerFor(ws.user("viewer"));
    const first = await caller.onboardingReport.funnel(input({ personaId: p1 })); // A B D F
    expect(first.seen).toBe(4);
    expect(first.steps.map((s) => s.done)).toEqual([3, 3, 4]);
    expect(first.completed.count).toBe(3);
    expect(first.stalls[0]).toMatchObject({ started: 1, stalled: 0, examples: [] });

    const second = await caller.onboardingReport.funnel(input({ personaId: p2 })); // C E
    expect(second.seen).toBe(2);
    expect(second.steps.map((s) => s.done)).toEqual([1, 0, 0]);
    expect(second).toMatchObject({ completed: { count: 0, rate: 0 }, medianTimeToCompleteMs: null });
    expect(second.stalls[0]).toMatchObject({ started: 2, stalled: 2, rateOfStarted: 1 });
  });

  it("funnel by date: users who entered between two days of the workspace's zone", async () => {
    const caller = callerFor(ws.user("admin"));
    const early = await caller.onboardingReport.funnel(input({ from: "2026-11-01", to: "2026-11-03" })); // A B C
    expect(early.seen).toBe(3);
    expect(early.completed.count).toBe(2);
    const late = await caller.onboardingReport.funnel(input({ from: "2026-11-05" })); // D E F
    expect(late.seen).toBe(3);
    expect(late.medianTimeToCompleteMs).toBe(0);
    const none = await caller.onboardingReport.funnel(input({ to: "2026-10-31" }));
    expect(none).toMatchObject({ seen: 0, completed: { count: 0, rate: null }, medianTimeToCompleteMs: null });
  });

  it("impact: goal conversion after entering, exposed (seen or not) vs holdout", async () => {
    const report = await callerFor(ws.user("viewer")).onboardingReport.impact(input());
    expect(report.goalEvent).toBe("workflow_run");
    expect(report.goalSource).toBe("checklist");
    // Exposed A–G = 7, converted A B D G; holdout H1–H4 = 4, converted H1.
    expect(report.exposed).toEqual({ users: 7, seen: 6, converted: 4, rate: 4 / 7 });
    expect(report.holdout).toEqual({ users: 4, converted: 1, rate: 0.25 });
    // 4/7 − 1/4 = 0.321429; SE = √(0.571429·0.428571/7 + 0.25·0.75/4) = √0.0818604 = 0.286113;
    // CI = 0.321429 ± 1.959964·0.286113 = [−0.239342, 0.882199]; pooled 5/11: z = 1.029910, p = 0.3031
    expect(report.difference).toBeCloseTo(0.321429, 6);
    expect(report.ci!.low).toBeCloseTo(-0.239342, 6);
    expect(report.ci!.high).toBeCloseTo(0.882199, 6);
    expect(report.pValue).toBeCloseTo(0.3031, 4);
    expect(report.verdict).toBe("too_few");
    expect(report.reading).toMatch(/^Too few users to tell yet \(n=7 exposed, 4 holdout\)/);
  });

  it("impact with filters: persona and the Paris day boundary", async () => {
    const caller = callerFor(ws.user("viewer"));
    const byPersona = await caller.onboardingReport.impact(input({ personaId: p2 })); // C E | H2 H4
    expect(byPersona.exposed).toMatchObject({ users: 2, converted: 0 });
    expect(byPersona.holdout).toMatchObject({ users: 2, converted: 0 });
    // From the 5th in Paris (2026-11-04 23:00 UTC): D E F G, and H4 who entered at 23:30 UTC on the 4th.
    const late = await caller.onboardingReport.impact(input({ from: "2026-11-05" }));
    expect(late.exposed).toMatchObject({ users: 4, converted: 2 });
    expect(late.holdout).toMatchObject({ users: 1, converted: 0 });
    const empty = await caller.onboardingReport.impact(input({ from: "2027-01-01" }));
    expect(empty.verdict).toBe("no_users");
    expect(empty.reading).toBe("No users match these filters: widen the date range or pick another persona.");
  });

  it("impact on a larger cohort: a significant lift, goal taken from the last item", async () => {
    const cl = await db().checklist.create({
      data: {
        workspaceId,
        title: "Run a workflow",
        status: "live",
        targeting: {},
        translations: {},
        holdoutPercent: 20,
        items: {
          create: [
            { workspaceId, position: 1, title: "Run it", completion: { event: "workflow_run_big" }, translations: {} },
          ],
        },
      },
      select: { id: true },
    });
    const keys = Array.from({ length: 1250 }, (_, i) => ({ key: `big${i}` }));
    const big = await insertUsers(db(), workspaceId, keys);
    const ids = keys.map((k) => big.get(k.key)!.id);
    const exposedIds = ids.slice(0, 1000);
    const holdoutIds = ids.slice(1000);
    await db().checklistProgress.createMany({
      data: ids.map((endUserId, i) => ({
        workspaceId,
        checklistId: cl.id,
        endUserId,
        group: i < 1000 ? ("exposed" as const) : ("holdout" as const),
        createdAt: at(0),
        seenAt: i < 1000 ? at(1) : null,
      })),
    });
    await db().event.createMany({
      data: [
        ...exposedIds.slice(0, 300).map((u) => eventRow(workspaceId, u, "workflow_run_big", 24)),
        ...holdoutIds.slice(0, 50).map((u) => eventRow(workspaceId, u, "workflow_run_big", 24)),
        // Before entering: no conversion.
        ...exposedIds.slice(300, 400).map((u) => eventRow(workspaceId, u, "workflow_run_big", -24)),
        ...holdoutIds.slice(50, 100).map((u) => eventRow(workspaceId, u, "workflow_run_big", -24)),
      ],
    });

    const report = await callerFor(ws.user("viewer")).onboardingReport.impact({ workspaceId, checklistId: cl.id });
    expect(report).toMatchObject({
      goalEvent: "workflow_run_big",
      goalSource: "last_item",
      verdict: "better",
      approximationOk: true,
    });
    expect(report.exposed).toEqual({ users: 1000, seen: 1000, converted: 300, rate: 0.3 });
    expect(report.holdout).toEqual({ users: 250, converted: 50, rate: 0.2 });
    // 0.30 − 0.20 ± 1.959964·√(0.21/1000 + 0.16/250) = 0.10 ± 0.0571423 (tests/unit/onboarding-impact.test.ts)
    expect(report.ci!.low).toBeCloseTo(0.0428577, 6);
    expect(report.pValue).toBeCloseTo(0.001634, 5);
    expect(report.reading).toBe("Exposed users convert 10.0 pp more (95% CI 4.3 to 15.7 pp).");
  });

  it("a checklist nobody has entered: empty funnel, impact says what to do", async () => {
    const cl = await db().checklist.create({
      data: {
        workspaceId,
        title: "Empty",
        targeting: {},
        translations: {},
        items: { create: [{ workspaceId, position: 1, title: "One", completion: { event: "x" }, translations: {} }] },
      },
      select: { id: true },
    });
    const caller = callerFor(ws.user("viewer"));
    const funnel = await caller.onboardingReport.funnel({ workspaceId, checklistId: cl.id });
    expect(funnel).toMatchObject({
      checklist: { status: "draft", holdoutPercent: 0 },
      seen: 0,
      completed: { count: 0, rate: null },
      medianTimeToCompleteMs: null,
      stalls: [],
    });
    expect(funnel.steps).toEqual([expect.objectContaining({ done: 0, rate: null })]);
    const impact = await caller.onboardingReport.impact({ workspaceId, checklistId: cl.id });
    expect(impact).toMatchObject({
      verdict: "no_users",
      goalEvent: "x",
      goalSource: "last_item",
      difference: null,
      ci: null,
      pValue: null,
    });
  });

  it("refuses a start date after the end date", async () => {
    await expectTrpcError(
      callerFor(ws.user("viewer")).onboardingReport.funnel(input({ from: "2026-11-05", to: "2026-11-01" })),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerFor(ws.user("viewer")).onboardingReport.impact(input({ from: "5 Nov" })),
      "BAD_REQUEST",
    );
  });

  it("another tenant's checklist is NOT_FOUND, through my workspace or theirs", async () => {
    const mine = await createWorkspace(db(), { roles: ["admin"] });
    const caller = callerFor(mine.user("admin"));
    await expectTrpcError(caller.onboardingReport.funnel({ workspaceId: mine.workspace.id, checklistId }), "NOT_FOUND");
    await expectTrpcError(caller.onboardingReport.impact({ workspaceId: mine.workspace.id, checklistId }), "NOT_FOUND");
    await expectTrpcError(caller.onboardingReport.funnel({ workspaceId, checklistId }), "NOT_FOUND");
    await expectTrpcError(caller.onboardingReport.impact({ workspaceId, checklistId }), "NOT_FOUND");
    await expectTrpcError(callerFor(null).onboardingReport.funnel({ workspaceId, checklistId }), "UNAUTHORIZED");
  });
});
