// Persona and feature changes made through the routers start a recompute job; once the job is
// done (polled through workspace.job, as the UI does), personas and FeatureUserDay match what
// ingest would have produced with the new rules.
import { beforeEach, describe, expect, it } from "vitest";
import { createFeature, updateFeature } from "../../server/features/features";
import { dayNumber } from "../../server/calendar/day-number";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import { callerFor, deps, testDb } from "./support/db";
import { expectRollupsMatchEvents } from "./support/rollups";
import { totals } from "./support/totals";

let ws: TestWorkspace;
let workspaceId: string;
let key: string;
let pm: ReturnType<typeof callerFor>;

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "pm"] });
  workspaceId = ws.workspace.id;
  // History (timestamps older than 7 days) is sent with the secret key: a write key's window is the last 7 days.
  key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  pm = callerFor(ws.user("pm"));
});

async function waitForJob(jobId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const job = await pm.workspace.job({ workspaceId, id: jobId });
    if (job.status === "done" || job.status === "dead") {
      expect(job).toMatchObject({ status: "done", error: null });
      expect(job.finishedAt).toBeInstanceOf(Date);
      return job;
    }
    if (Date.now() > deadline) throw new Error(`job ${jobId} still running`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function personasByUser(): Promise<Record<string, string | null>> {
  const users = await testDb().endUser.findMany({
    where: { workspaceId },
    select: { externalId: true, persona: { select: { name: true } } },
  });
  return Object.fromEntries(users.map((u) => [u.externalId, u.persona?.name ?? null]));
}

describe("persona changes reassign every user", () => {
  it("create, add, reorder, update and delete", async () => {
    await sendBatch(deps(), key, [
      identifyMessage("u1", { role: "Data Engineer", team: "data" }),
      identifyMessage("u2", { role: "Backend Engineer", team: "core" }),
      identifyMessage("u3", { role: "Manager" }),
      trackMessage("u4", "Clicked"),
    ]);
    expect(await personasByUser()).toEqual({ u1: null, u2: null, u3: null, u4: null });

    const engineer = await pm.persona.create({
      workspaceId,
      name: "Engineer",
      rules: [{ key: "role", op: "contains", value: "engineer" }],
    });
    expect(engineer.job).toMatchObject({ kind: "recompute.personas", status: "queued" });
    const job = await waitForJob(engineer.job.id);
    expect(job).toMatchObject({ processed: 4, total: 4 });
    expect(await personasByUser()).toEqual({ u1: "Engineer", u2: "Engineer", u3: null, u4: null });

    const data = await pm.persona.create({
      workspaceId,
      name: "Data",
      rules: [
        { key: "role", op: "contains", value: "engineer" },
        { key: "team", op: "equals", value: "DATA" },
      ],
    });
    expect(data.persona.priority).toBeGreaterThan(engineer.persona.priority);
    await waitForJob(data.job.id);
    expect((await personasByUser()).u1).toBe("Engineer"); // Engineer comes first

    await waitForJob((await pm.persona.reorder({ workspaceId, ids: [data.persona.id, engineer.persona.id] })).id);
    expect(await personasByUser()).toEqual({ u1: "Data", u2: "Engineer", u3: null, u4: null });

    const listed = await pm.persona.list({ workspaceId });
    expect(listed.personas.map((p) => [p.name, p.priority, p.users])).toEqual([
      ["Data", 1, 1],
      ["Engineer", 2, 1],
    ]);
    expect(listed.unassigned).toBe(2);

    const updated = await pm.persona.update({
      workspaceId,
      id: engineer.persona.id,
      data: { name: "Managers", rules: [{ key: "role", op: "equals", value: "manager" }] },
    });
    await waitForJob(updated.job.id);
    expect(await personasByUser()).toEqual({ u1: "Data", u2: null, u3: "Managers", u4: null });

    await waitForJob((await pm.persona.delete({ workspaceId, id: data.persona.id })).id);
    expect(await personasByUser()).toEqual({ u1: null, u2: null, u3: "Managers", u4: null });

    // Ingest after the change uses the new rules.
    await sendBatch(deps(), key, [identifyMessage("u2", { role: "manager" })]);
    expect((await personasByUser()).u2).toBe("Managers");
  });

  it("rejects a reorder that does not name every persona once", async () => {
    const a = await pm.persona.create({ workspaceId, name: "A", rules: [{ key: "x", op: "exists" }] });
    const b = await pm.persona.create({ workspaceId, name: "B", rules: [{ key: "y", op: "exists" }] });
    await Promise.all([waitForJob(a.job.id), waitForJob(b.job.id)]);
    await expect(pm.persona.reorder({ workspaceId, ids: [a.persona.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(pm.persona.reorder({ workspaceId, ids: [a.persona.id, a.persona.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("a duplicate persona name is a CONFLICT", async () => {
    const a = await pm.persona.create({ workspaceId, name: "Same", rules: [{ key: "x", op: "exists" }] });
    await waitForJob(a.job.id);
    await expect(
      pm.persona.create({ workspaceId, name: "Same", rules: [{ key: "x", op: "exists" }] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("feature changes rebuild FeatureUserDay from raw events", () => {
  const d = (day: number) => new Date(Date.UTC(2024, 5, day, 12));
  const events = () => [
    trackMessage("u1", "Report Exported", { timestamp: d(1), properties: { format: "csv" } }),
    trackMessage("u1", "Report Exported", { timestamp: d(1), properties: { format: "CSV" } }),
    trackMessage("u1", "Report Exported", { timestamp: d(3), properties: { format: "pdf" } }),
    trackMessage("u2", "Report Exported", { timestamp: d(2), properties: { format: "csv" } }),
    trackMessage("u3", "Report Exported", { timestamp: d(5), properties: { format: "pdf" } }),
    trackMessage("u3", "Dashboard Shared", { timestamp: d(5) }),
  ];
  const rollup = () =>
    testDb()
      .featureUserDay.findMany({
        where: { workspaceId },
        select: { day: true, count: true },
        orderBy: [{ day: "asc" }],
      })
      .then((rows) => rows.map((r) => [r.day - dayNumber(d(1)), r.count]));

  it("create, update and delete through the router", async () => {
    await sendBatch(deps(), key, events());

    const created = await pm.feature.create({
      workspaceId,
      name: "CSV export",
      matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
    });
    expect(created.job).toMatchObject({ kind: "recompute.feature", status: "queued" });
    await waitForJob(created.job.id);
    expect((await totals(testDb(), workspaceId)).featureUserDaySum).toBe(3);
    expect(await rollup()).toEqual([
      [0, 2],
      [1, 1],
    ]); // day 0 = 2024-06-01: u1 twice; day 1: u2
    expect((await pm.feature.list({ workspaceId })).map((f) => [f.name, f.adopters])).toEqual([["CSV export", 2]]);

    const updated = await pm.feature.update({
      workspaceId,
      id: created.feature.id,
      data: {
        name: "PDF export or sharing",
        matchers: [
          { event: "Report Exported", where: { key: "format", op: "equals", value: "pdf" } },
          { event: "Dashboard Shared" },
        ],
      },
    });
    await waitForJob(updated.job.id);
    expect(await rollup()).toEqual([
      [2, 1],
      [4, 2],
    ]); // u1 on day 2; u3 twice on day 4
    expect((await pm.feature.list({ workspaceId }))[0]!.adopters).toBe(2);

    const none = await pm.feature.update({
      workspaceId,
      id: created.feature.id,
      data: { name: "Nothing yet", matchers: [{ event: "Not Sent Yet" }] },
    });
    await waitForJob(none.job.id);
    expect(await rollup()).toEqual([]);

    await pm.feature.delete({ workspaceId, id: created.feature.id });
    expect(await pm.feature.list({ workspaceId })).toEqual([]);
    expect(await testDb().featureUserDay.count({ where: { workspaceId } })).toBe(0);
  });

  it("a rebuild gives what ingest counted incrementally", async () => {
    const db = testDb();
    const input = {
      name: "CSV",
      description: "",
      releasedAt: null,
      matchers: [{ event: "Report Exported", where: { key: "format", op: "in" as const, value: ["csv"] } }],
    };
    const { feature, done } = await createFeature({ db, workspaceId, input });
    await done;
    await sendBatch(deps(), key, events()); // counted at ingest
    const incremental = await rollup();
    expect(incremental).toEqual([
      [0, 2],
      [1, 1],
    ]);
    const rebuilt = await updateFeature({ db, workspaceId, id: feature.id, input });
    await rebuilt.done;
    expect(await rollup()).toEqual(incremental);
  });

  it("rebuilds the feature's FeatureUser and FeatureAccount rows too after a matcher change", async () => {
    // Accounts: u1 and u2 in Acme, u3 in Globex from its second batch on (its day-5 events before
    // that have no account).
    await sendBatch(deps(), key, [
      groupMessage("u1", "acme", {}, { timestamp: d(1) }),
      groupMessage("u2", "acme", {}, { timestamp: d(1) }),
      ...events(),
    ]);
    await sendBatch(deps(), key, [
      groupMessage("u3", "globex", {}, { timestamp: d(6) }),
      trackMessage("u3", "Report Exported", { timestamp: d(7), properties: { format: "csv" } }),
    ]);
    const created = await pm.feature.create({
      workspaceId,
      name: "CSV export",
      matchers: [{ event: "Report Exported", where: { key: "format", op: "equals", value: "csv" } }],
    });
    await waitForJob(created.job.id);
    await expectRollupsMatchEvents(workspaceId);
    const spans = async () => {
      const [users, accounts] = await Promise.all([
        testDb().featureUser.findMany({
          where: { workspaceId },
          select: { endUserId: true, firstDay: true, lastDay: true, uses: true },
        }),
        testDb().featureAccount.findMany({
          where: { workspaceId },
          select: { accountId: true, firstDay: true, lastDay: true, uses: true },
        }),
      ]);
      const names = new Map([
        ...(await testDb().endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } })).map(
          (u) => [u.id, u.externalId] as const,
        ),
        ...(await testDb().account.findMany({ where: { workspaceId }, select: { id: true, externalId: true } })).map(
          (a) => [a.id, a.externalId] as const,
        ),
      ]);
      const day0 = dayNumber(d(1));
      const show = (r: { firstDay: number; lastDay: number; uses: number }) => [
        r.firstDay - day0,
        r.lastDay - day0,
        r.uses,
      ];
      return {
        users: Object.fromEntries(users.map((u) => [names.get(u.endUserId), show(u)])),
        accounts: Object.fromEntries(accounts.map((a) => [names.get(a.accountId), show(a)])),
      };
    };
    expect(await spans()).toEqual({
      users: { u1: [0, 0, 2], u2: [1, 1, 1], u3: [6, 6, 1] },
      accounts: { acme: [0, 1, 3], globex: [6, 6, 1] },
    });

    const updated = await pm.feature.update({
      workspaceId,
      id: created.feature.id,
      data: {
        name: "PDF export or sharing",
        matchers: [
          { event: "Report Exported", where: { key: "format", op: "equals", value: "pdf" } },
          { event: "Dashboard Shared" },
        ],
      },
    });
    await waitForJob(updated.job.id);
    await expectRollupsMatchEvents(workspaceId);
    // u3's day-5 uses were stored before it joined Globex: they count for no account.
    expect(await spans()).toEqual({ users: { u1: [2, 2, 1], u3: [4, 4, 2] }, accounts: { acme: [2, 2, 1] } });
  });
});
