// GET /api/v1/widget end to end through its handler, with users and events sent through the real
// ingest: authentication and validation, targeting, holdout recording, progress from ingest
// (account scope included), the widget's own $checklist_* events, and the role question.
import { beforeEach, describe, expect, it } from "vitest";
import { exposureGroup } from "../../server/audience/holdout";
import { updateChecklist } from "../../server/onboarding/update-checklist";
import { getChecklist } from "../../server/onboarding/get-checklist";
import { updateRoleQuestion } from "../../server/onboarding/role-question";
import { ZChecklistInput, ZRoleQuestion } from "../../server/onboarding/schemas";
import {
  createWorkspace,
  createWriteKey,
  groupMessage,
  identifyMessage,
  insertPersona,
  sendBatch,
  trackMessage,
} from "../factories";
import { fetchWidgetState, insertChecklist } from "./support/checklists";
import { deps, testDb } from "./support/db";

let workspaceId: string;
let key: string;
let serverKey: string;
let engineerId: string;
let salesId: string;

beforeEach(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  key = (await createWriteKey(testDb(), workspaceId)).key;
  // Events of March 2026 (t()) are history: only the secret key may send them.
  serverKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  engineerId = (
    await insertPersona(testDb(), workspaceId, {
      name: "Data engineer",
      priority: 1,
      rules: [{ key: "role", op: "in", value: ["data engineer", "analytics engineer"] }],
    })
  ).id;
  salesId = (
    await insertPersona(testDb(), workspaceId, {
      name: "Sales",
      priority: 2,
      rules: [{ key: "role", op: "equals", value: "sales" }],
    })
  ).id;
});

const state = (userId: string, extra: Record<string, string> = {}) =>
  fetchWidgetState(deps(), { userId, ...extra }, { key });
const endUser = (externalId: string) =>
  testDb().endUser.findUniqueOrThrow({ where: { workspaceId_externalId: { workspaceId, externalId } } });
const progressOf = async (checklistId: string, externalId: string) =>
  testDb().checklistProgress.findUnique({
    where: { checklistId_endUserId: { checklistId, endUserId: (await endUser(externalId)).id } },
  });
const send = async (...messages: Record<string, unknown>[]) => {
  const reply = await sendBatch(deps(), serverKey, messages);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply;
};
const t = (min: number) => new Date(Date.UTC(2026, 2, 1, 9, min));

describe("authentication and validation", () => {
  it("401 without a key, with an unknown key or a revoked one", async () => {
    expect((await fetchWidgetState(deps(), { userId: "u1" })).status).toBe(401);
    const unknown = await fetchWidgetState(deps(), { userId: "u1" }, { key: "cwk_not_a_key" });
    expect(unknown).toMatchObject({ status: 401, body: { error: { code: "UNAUTHORIZED" } } });
    const revoked = (await createWriteKey(testDb(), workspaceId, { revoked: true })).key;
    expect((await fetchWidgetState(deps(), { userId: "u1" }, { key: revoked })).status).toBe(401);
  });

  it("400 with the reason for a bad query", async () => {
    const missing = await fetchWidgetState(deps(), { locale: "fr" }, { key });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: "BAD_REQUEST", message: "Invalid query: userId is required." });
    expect(missing.body.error!.issues).toEqual([{ path: "userId", message: "userId is required" }]);
    expect((await fetchWidgetState(deps(), { userId: "x".repeat(201) }, { key })).status).toBe(400);
    expect((await fetchWidgetState(deps(), { userId: "u1", locale: "x".repeat(36) }, { key })).status).toBe(400);
  });

  it.each(["header", "query", "basic"] as const)("accepts the key as %s, with CORS and no caching", async (style) => {
    const reply = await fetchWidgetState(deps(), { userId: "u1" }, { key, style });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("access-control-allow-origin")).toBe("*");
    expect(reply.headers.get("cache-control")).toBe("no-store");
  });
});

describe("an unknown user", () => {
  it("gets an empty state soon re-polled, and nothing is created", async () => {
    await insertChecklist(testDb(), workspaceId);
    const reply = await fetchWidgetState(
      deps(),
      { userId: "not-yet" },
      { key, headers: { "accept-language": "de-DE,de;q=0.9" } },
    );
    expect(reply).toMatchObject({
      status: 200,
      body: {
        user: { userId: "not-yet", persona: null, locale: "de" },
        checklists: [],
        roleQuestion: null,
        pollAfterMs: 3000,
      },
    });
    expect(await testDb().endUser.count({ where: { workspaceId } })).toBe(0);
    expect(await testDb().checklistProgress.count({ where: { workspaceId } })).toBe(0);
  });

  it("another workspace's user of the same id is unknown here", async () => {
    const other = await createWorkspace(testDb());
    const otherKey = (await createWriteKey(testDb(), other.workspace.id)).key;
    await insertChecklist(testDb(), workspaceId);
    await send(identifyMessage("shared-id", { role: "sales" }));
    const reply = await fetchWidgetState(deps(), { userId: "shared-id" }, { key: otherKey });
    expect(reply.body).toMatchObject({ checklists: [], user: { persona: null } });
  });
});

describe("targeting and exposure", () => {
  it("shows live checklists targeted at the user, localized, and records the exposure once", async () => {
    const forEngineers = await insertChecklist(testDb(), workspaceId, {
      title: "Get started",
      translations: { fr: { title: "Premiers pas" } },
      targeting: { personaIds: [engineerId] },
      items: [
        {
          title: "Connect",
          translations: { fr: { title: "Connecter", body: "Ajoutez une source" } },
          completion: { event: "connection_created" },
          ctaUrl: "/connections",
        },
      ],
    });
    await insertChecklist(testDb(), workspaceId, { targeting: { personaIds: [salesId] } });
    await insertChecklist(testDb(), workspaceId, {}, "draft");
    await insertChecklist(testDb(), workspaceId, {}, "archived");
    await insertChecklist(testDb(), workspaceId, {
      targeting: { conditions: [{ key: "plan", op: "equals", value: "enterprise" }] },
    });
    await send(identifyMessage("ana", { role: "Data Engineer", plan: "pro" }, { context: { locale: "fr-FR" } }));

    const reply = await state("ana");
    expect(reply.status).toBe(200);
    expect(reply.body.user).toEqual({ userId: "ana", persona: "Data engineer", locale: "fr" });
    expect(reply.body.pollAfterMs).toBe(10_000);
    expect(reply.body.checklists).toHaveLength(1);
    const [c] = reply.body.checklists;
    expect(c).toMatchObject({
      id: forEngineers.id,
      title: "Premiers pas",
      description: "",
      dismissed: false,
      completed: false,
    });
    expect(c!.items).toEqual([
      {
        id: forEngineers.items[0]!.id,
        title: "Connecter",
        body: "Ajoutez une source",
        ctaUrl: "/connections",
        completionEvent: "connection_created",
        completionWhere: null,
        scope: "user",
        done: false,
        completedAt: null,
      },
    ]);
    // ?locale= does not beat what is known of the user; it does for users we know nothing of.
    expect((await state("ana", { locale: "de" })).body.user.locale).toBe("fr");

    await state("ana");
    const rows = await testDb().checklistProgress.findMany({ where: { workspaceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ checklistId: forEngineers.id, group: "exposed", seenAt: null, dismissedAt: null });
  });

  it("skips a live checklist without items (only possible outside the editor)", async () => {
    await testDb().checklist.create({
      data: { workspaceId, title: "Empty", status: "live", targeting: {}, translations: {} },
    });
    await send(identifyMessage("gus", {}));
    expect((await state("gus")).body.checklists).toEqual([]);
    expect(await testDb().checklistProgress.count({ where: { workspaceId } })).toBe(0);
  });

  it("users in the holdout get nothing and a holdout row; the stored group outlives a % change", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, { holdoutPercent: 50 });
    const ids = Array.from({ length: 24 }, (_, i) => `user-${i}`);
    await send(...ids.map((id) => identifyMessage(id, { role: "sales" })));
    const shown = new Map<string, boolean>();
    for (const id of ids) shown.set(id, (await state(id)).body.checklists.length === 1);

    for (const id of ids) {
      const user = await endUser(id);
      const expected = exposureGroup(checklist.id, user.id, 50);
      expect((await progressOf(checklist.id, id))?.group).toBe(expected);
      expect(shown.get(id)).toBe(expected === "exposed");
    }
    const held = ids.filter((id) => !shown.get(id));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(ids.length);

    const current = await getChecklist({ db: testDb(), workspaceId, id: checklist.id });
    await updateChecklist({
      db: testDb(),
      workspaceId,
      id: checklist.id,
      input: ZChecklistInput.parse({ ...current, holdoutPercent: 0 }),
    });
    expect((await state(held[0]!)).body.checklists).toEqual([]);
  });
});

describe("progress from ingest", () => {
  it("a track event completes its item; a property condition filters; the earliest time is kept", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [
        {
          title: "Postgres",
          completion: { event: "connection_created", where: { key: "source", op: "equals", value: "postgres" } },
        },
        { title: "Run", completion: { event: "workflow_run" } },
      ],
    });
    const [pgItem, runItem] = checklist.items;
    await send(
      identifyMessage("ben", {}),
      trackMessage("ben", "connection_created", { properties: { source: "snowflake" }, timestamp: t(1) }),
    );
    expect((await state("ben")).body.checklists[0]!.items.map((i) => i.done)).toEqual([false, false]);

    const late = trackMessage("ben", "connection_created", { properties: { source: "Postgres" }, timestamp: t(10) });
    await send(late);
    await send(late); // a retried batch changes nothing
    let items = (await state("ben")).body.checklists[0]!.items;
    expect(items[0]).toMatchObject({ id: pgItem!.id, done: true, completedAt: t(10).toISOString() });
    expect(items[1]).toMatchObject({ id: runItem!.id, done: false });

    // An earlier event arriving afterwards (an offline client's queue) moves the time back.
    await send(trackMessage("ben", "connection_created", { properties: { source: "postgres" }, timestamp: t(5) }));
    items = (await state("ben")).body.checklists[0]!.items;
    expect(items[0]!.completedAt).toBe(t(5).toISOString());
    expect(await testDb().checklistItemCompletion.count({ where: { workspaceId } })).toBe(1);
  });

  it("an account-scoped item done by one user is done for a user who joins the account later", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [
        { title: "Connect the warehouse", completion: { event: "connection_created" }, scope: "account" },
        { title: "Run", completion: { event: "workflow_run" } },
      ],
    });
    await send(
      groupMessage("alice", "acme", { name: "Acme" }, { timestamp: t(0) }),
      trackMessage("alice", "connection_created", { timestamp: t(2) }),
      trackMessage("alice", "workflow_run", { timestamp: t(3) }),
    );
    expect((await state("alice")).body.checklists[0]).toMatchObject({ completed: true });

    await send(identifyMessage("bob", {}, { timestamp: t(30) }), groupMessage("bob", "acme", {}, { timestamp: t(31) }));
    const bob = (await state("bob")).body.checklists[0]!;
    expect(bob.items.map((i) => [i.done, i.completedAt])).toEqual([
      [true, t(2).toISOString()],
      [false, null],
    ]);
    expect(bob.completed).toBe(false);
    const completion = await testDb().checklistItemCompletion.findFirstOrThrow({
      where: { workspaceId, checklistItemId: checklist.items[0]!.id },
    });
    expect(completion).toMatchObject({
      subjectKey: `a:${(await endUser("alice")).accountId}`,
      endUserId: (await endUser("alice")).id,
    });

    // A user without an account cannot earn the account item.
    await send(trackMessage("solo", "connection_created", { timestamp: t(40) }));
    expect((await state("solo")).body.checklists[0]!.items[0]!.done).toBe(false);
  });

  it("marks the progress row complete at its last item's time", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [
        { title: "A", completion: { event: "a_done" } },
        { title: "B", completion: { event: "b_done" } },
      ],
    });
    await send(identifyMessage("cy", {}));
    await state("cy"); // exposure row
    await send(trackMessage("cy", "b_done", { timestamp: t(7) }));
    expect((await progressOf(checklist.id, "cy"))?.completedAt).toBeNull();
    await send(trackMessage("cy", "a_done", { timestamp: t(4) }));
    expect((await progressOf(checklist.id, "cy"))?.completedAt).toEqual(t(7));
    expect((await state("cy")).body.checklists[0]!.completed).toBe(true);
  });

  it("a user exposed after finishing gets a row completed from the start", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [{ title: "A", completion: { event: "a_done" } }],
    });
    await send(trackMessage("dee", "a_done", { timestamp: t(3) }));
    await state("dee");
    expect(await progressOf(checklist.id, "dee")).toMatchObject({ group: "exposed", completedAt: t(3) });
  });
});

describe("the widget's checklist events", () => {
  it("$checklist_seen sets seenAt once; dismissed and reopened toggle the dismissal", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId);
    await send(identifyMessage("eve", {}));
    await state("eve");
    const ui = (name: string, min: number, checklistId = checklist.id) =>
      trackMessage("eve", name, { properties: { checklistId }, timestamp: t(min) });

    await send(ui("$checklist_seen", 1));
    await send(ui("$checklist_seen", 2));
    expect(await progressOf(checklist.id, "eve")).toMatchObject({ seenAt: t(1), dismissedAt: null });

    await send(ui("$checklist_dismissed", 3));
    expect(await progressOf(checklist.id, "eve")).toMatchObject({ dismissedAt: t(3) });
    expect((await state("eve")).body.checklists[0]!.dismissed).toBe(true);

    await send(ui("$checklist_reopened", 4));
    expect(await progressOf(checklist.id, "eve")).toMatchObject({ seenAt: t(1), dismissedAt: null });
    expect((await state("eve")).body.checklists[0]!.dismissed).toBe(false);

    // A stale reopen (sent before a later dismissal, arriving after it) does not undo it.
    await send(ui("$checklist_dismissed", 9));
    await send(ui("$checklist_reopened", 6));
    expect(await progressOf(checklist.id, "eve")).toMatchObject({ dismissedAt: t(9) });

    // Unknown checklist ids are ignored without failing the batch.
    await send(ui("$checklist_seen", 10, "no-such-checklist"));
    expect(await testDb().checklistProgress.count({ where: { workspaceId } })).toBe(1);
  });

  it("an event before the first fetch creates an exposed row; holdout rows are left alone", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, { holdoutPercent: 50 });
    const ids = Array.from({ length: 32 }, (_, i) => `ui-${i}`); // both groups certain in practice (1 − 2⁻³¹)
    await send(...ids.map((id) => identifyMessage(id, {})));
    for (const id of ids) await state(id);
    const rows = await testDb().checklistProgress.findMany({ where: { workspaceId } });
    const held = rows.find((r) => r.group === "holdout")!;
    const heldUser = await testDb().endUser.findUniqueOrThrow({ where: { id: held.endUserId } });
    await send(trackMessage(heldUser.externalId, "$checklist_seen", { properties: { checklistId: checklist.id } }));
    expect((await testDb().checklistProgress.findUniqueOrThrow({ where: { id: held.id } })).seenAt).toBeNull();

    const fresh = await insertChecklist(testDb(), workspaceId);
    await send(trackMessage("ui-0", "$checklist_seen", { properties: { checklistId: fresh.id }, timestamp: t(5) }));
    expect(await progressOf(fresh.id, "ui-0")).toMatchObject({ group: "exposed", seenAt: t(5) });
  });
});

describe("the first-run role question", () => {
  it("is asked of users without the trait; answering gives a persona and its checklist", async () => {
    const forSales = await insertChecklist(testDb(), workspaceId, {
      title: "Invite a colleague",
      targeting: { personaIds: [salesId] },
    });
    await send(identifyMessage("fay", { plan: "pro" }, { context: { locale: "de-DE" } }));
    expect((await state("fay")).body.roleQuestion).toBeNull(); // off by default

    await updateRoleQuestion({
      db: testDb(),
      workspaceId,
      input: ZRoleQuestion.parse({
        enabled: true,
        trait: "role",
        question: { en: "What is your role?", de: "Was ist Ihre Rolle?" },
        options: [
          { value: "data engineer", label: { en: "Data engineer", de: "Dateningenieur" } },
          { value: "sales", label: { en: "Sales", de: "Vertrieb" } },
        ],
      }),
    });
    const before = (await state("fay")).body;
    expect(before.roleQuestion).toEqual({
      trait: "role",
      question: "Was ist Ihre Rolle?",
      options: [
        { value: "data engineer", label: "Dateningenieur" },
        { value: "sales", label: "Vertrieb" },
      ],
    });
    expect(before.checklists).toEqual([]);
    expect(before.user.persona).toBeNull();

    // What the widget sends when fay picks "Vertrieb".
    await send(identifyMessage("fay", { role: "sales" }));
    const after = (await state("fay")).body;
    expect(after.roleQuestion).toBeNull();
    expect(after.user.persona).toBe("Sales");
    expect(after.checklists.map((c) => c.id)).toEqual([forSales.id]);
  });
});
