// The checklist router through tRPC callers: CRUD, validation (BAD_REQUEST with field issues),
// foreign ids, item ids kept across edits, status, list counts and paging, preview, role question.
// Roles and cross-tenant access for every procedure are in roles/cross-tenant.int.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import {
  createWorkspace,
  createWriteKey,
  identifyMessage,
  insertPersona,
  sendBatch,
  trackMessage,
  type TestWorkspace,
} from "../factories";
import type { TChecklistFormInput } from "../../server/onboarding/schemas";
import { fetchWidgetState } from "./support/checklists";
import { callerFor, deps, testDb } from "./support/db";
import { expectTrpcError } from "./support/trpc";

let ws: TestWorkspace;
let workspaceId: string;
let engineerId: string;
let pm: ReturnType<typeof callerFor>;

beforeEach(async () => {
  ws = await createWorkspace(testDb(), { roles: ["admin", "pm", "viewer"] });
  workspaceId = ws.workspace.id;
  engineerId = (
    await insertPersona(testDb(), workspaceId, {
      name: "Data engineer",
      rules: [{ key: "role", op: "equals", value: "data engineer" }],
    })
  ).id;
  pm = callerFor(ws.user("pm"));
});

const input = (patch: Partial<TChecklistFormInput> = {}): TChecklistFormInput => ({
  title: "Get started",
  description: "Three steps to your first workflow",
  targeting: { personaIds: [engineerId], conditions: [{ key: "plan", op: "in", value: ["pro", "team"] }] },
  holdoutPercent: 20,
  translations: { fr: { title: "Premiers pas", description: "" }, de: { title: "Erste Schritte", description: "" } },
  items: [
    {
      title: "Connect a source",
      body: "Postgres or MySQL",
      ctaUrl: "/connections/new",
      completion: { event: "connection_created" },
      scope: "account",
      precursorEvent: "connection_form_opened",
    },
    {
      title: "Save a workflow",
      completion: { event: "workflow_saved", where: { key: "steps", op: "exists" } },
      translations: { de: { title: "Workflow speichern", body: "" } },
    },
  ],
  ...patch,
});

describe("create and read", () => {
  it("creates a draft with ordered items; get returns it; goal event defaults to the last item's", async () => {
    const created = await pm.checklist.create({ workspaceId, ...input() });
    expect(created).toMatchObject({
      title: "Get started",
      status: "draft",
      holdoutPercent: 20,
      goalEvent: "workflow_saved",
      targeting: { personaIds: [engineerId], conditions: [{ key: "plan", op: "in", value: ["pro", "team"] }] },
      translations: { fr: { title: "Premiers pas", description: "" } },
    });
    expect(created.items.map((i) => [i.position, i.title, i.scope, i.ctaUrl, i.precursorEvent])).toEqual([
      [0, "Connect a source", "account", "/connections/new", "connection_form_opened"],
      [1, "Save a workflow", "user", null, null],
    ]);
    const viewer = callerFor(ws.user("viewer"));
    expect(await viewer.checklist.get({ workspaceId, id: created.id })).toEqual(created);
  });

  it("keeps a goal event that was chosen", async () => {
    const created = await pm.checklist.create({ workspaceId, ...input({ goalEvent: "workflow_run" }) });
    expect(created.goalEvent).toBe("workflow_run");
  });

  it("refuses invalid input with BAD_REQUEST and field errors, writing nothing", async () => {
    const holdout = await expectTrpcError(
      pm.checklist.create({ workspaceId, ...input({ holdoutPercent: 60 }) }),
      "BAD_REQUEST",
    );
    expect((holdout.cause as ZodError).issues.map((i) => i.path.join("."))).toEqual(["holdoutPercent"]);
    await expectTrpcError(pm.checklist.create({ workspaceId, ...input({ items: [] }) }), "BAD_REQUEST");
    await expectTrpcError(pm.checklist.create({ workspaceId, ...input({ title: "  " }) }), "BAD_REQUEST");
    await expectTrpcError(
      pm.checklist.create({
        workspaceId,
        ...input({ items: [{ title: "x", completion: { event: "e" }, ctaUrl: "javascript:alert(1)" }] }),
      }),
      "BAD_REQUEST",
    );
    expect(await testDb().checklist.count({ where: { workspaceId } })).toBe(0);
  });

  it("refuses another workspace's persona in the targeting, without revealing it", async () => {
    const other = await createWorkspace(testDb());
    const foreign = await insertPersona(testDb(), other.workspace.id);
    const error = await expectTrpcError(
      pm.checklist.create({ workspaceId, ...input({ targeting: { personaIds: [engineerId, foreign.id] } }) }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("Targeting names a persona that does not exist in this workspace.");
    await expectTrpcError(
      pm.checklist.create({ workspaceId, ...input({ targeting: { personaIds: ["no-such-persona"] } }) }),
      "BAD_REQUEST",
    );
    expect(await testDb().checklist.count({ where: { workspaceId } })).toBe(0);
  });

  it("viewers read but cannot write", async () => {
    const viewer = callerFor(ws.user("viewer"));
    await expectTrpcError(viewer.checklist.create({ workspaceId, ...input() }), "FORBIDDEN");
    const created = await pm.checklist.create({ workspaceId, ...input() });
    await expectTrpcError(viewer.checklist.setStatus({ workspaceId, id: created.id, status: "live" }), "FORBIDDEN");
    await expectTrpcError(viewer.checklist.delete({ workspaceId, id: created.id }), "FORBIDDEN");
    expect((await viewer.checklist.list({ workspaceId })).items).toHaveLength(1);
  });
});

describe("update", () => {
  it("keeps items sent with their id (and their completions), adds new ones, deletes the rest", async () => {
    // No holdout: ana must see it in the widget at the end.
    const created = await pm.checklist.create({ workspaceId, ...input({ holdoutPercent: 0 }) });
    await pm.checklist.setStatus({ workspaceId, id: created.id, status: "live" });
    const [connect, save] = created.items;
    const key = (await createWriteKey(testDb(), workspaceId)).key;
    await sendBatch(deps(), key, [
      identifyMessage("ana", { role: "data engineer", plan: "pro" }),
      { type: "group", userId: "ana", groupId: "acme", messageId: "g-ana" },
      trackMessage("ana", "connection_created"),
      trackMessage("ana", "workflow_saved", { properties: { steps: 3 } }),
    ]);
    expect(await testDb().checklistItemCompletion.count({ where: { workspaceId } })).toBe(2);

    const updated = await pm.checklist.update({
      workspaceId,
      id: created.id,
      data: input({
        title: "Get going",
        holdoutPercent: 0,
        items: [
          { id: save!.id, title: "Save your first workflow", completion: { event: "workflow_saved" } },
          { title: "Run it", completion: { event: "workflow_run" } },
        ],
      }),
    });
    expect(updated).toMatchObject({ id: created.id, title: "Get going", status: "live", goalEvent: "workflow_run" });
    expect(updated.items.map((i) => [i.position, i.title])).toEqual([
      [0, "Save your first workflow"],
      [1, "Run it"],
    ]);
    expect(updated.items[0]!.id).toBe(save!.id);
    expect(updated.items.map((i) => i.id)).not.toContain(connect!.id);
    // The kept item's completion survived; the deleted item's went with it.
    const completions = await testDb().checklistItemCompletion.findMany({ where: { workspaceId } });
    expect(completions.map((c) => c.checklistItemId)).toEqual([save!.id]);

    const widget = await fetchWidgetState(deps(), { userId: "ana" }, { key });
    expect(widget.body.checklists[0]?.items.map((i) => [i.title, i.done])).toEqual([
      ["Save your first workflow", true],
      ["Run it", false],
    ]);
  });

  it("refuses an item id of another checklist, changing nothing", async () => {
    const a = await pm.checklist.create({ workspaceId, ...input() });
    const b = await pm.checklist.create({ workspaceId, ...input({ title: "Other" }) });
    const error = await expectTrpcError(
      pm.checklist.update({
        workspaceId,
        id: a.id,
        data: input({ items: [{ id: b.items[0]!.id, title: "stolen", completion: { event: "e" } }] }),
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("An item id does not belong to this checklist.");
    expect(await pm.checklist.get({ workspaceId, id: a.id })).toEqual(a);
    expect(await pm.checklist.get({ workspaceId, id: b.id })).toEqual(b);
  });

  it("NOT_FOUND for a checklist id that is not there", async () => {
    await expectTrpcError(pm.checklist.update({ workspaceId, id: "nope", data: input() }), "NOT_FOUND");
    await expectTrpcError(pm.checklist.get({ workspaceId, id: "nope" }), "NOT_FOUND");
    await expectTrpcError(pm.checklist.setStatus({ workspaceId, id: "nope", status: "live" }), "NOT_FOUND");
    await expectTrpcError(pm.checklist.delete({ workspaceId, id: "nope" }), "NOT_FOUND");
  });
});

describe("status, delete and list", () => {
  it("moves through draft → live → archived", async () => {
    const created = await pm.checklist.create({ workspaceId, ...input() });
    // Going live starts completing items from the last 30 days' events (checklist-backfill.int.test.ts).
    expect(await pm.checklist.setStatus({ workspaceId, id: created.id, status: "live" })).toEqual({
      id: created.id,
      status: "live",
      backfillJobId: expect.any(String),
    });
    expect((await pm.checklist.get({ workspaceId, id: created.id })).status).toBe("live");
    await pm.checklist.setStatus({ workspaceId, id: created.id, status: "archived" });
    expect((await pm.checklist.get({ workspaceId, id: created.id })).status).toBe("archived");
    await expectTrpcError(
      pm.checklist.setStatus({ workspaceId, id: created.id, status: "paused" as never }),
      "BAD_REQUEST",
    );
  });

  it("delete removes items, progress and completions", async () => {
    const created = await pm.checklist.create({
      workspaceId,
      ...input({ targeting: { personaIds: [] }, holdoutPercent: 0 }),
    });
    await pm.checklist.setStatus({ workspaceId, id: created.id, status: "live" });
    const key = (await createWriteKey(testDb(), workspaceId)).key;
    await sendBatch(deps(), key, [trackMessage("bo", "workflow_saved", { properties: { steps: 1 } })]);
    await fetchWidgetState(deps(), { userId: "bo" }, { key });
    expect(await testDb().checklistProgress.count({ where: { workspaceId } })).toBe(1);

    expect(await pm.checklist.delete({ workspaceId, id: created.id })).toEqual({ id: created.id });
    const db = testDb();
    expect([
      await db.checklist.count({ where: { workspaceId } }),
      await db.checklistItem.count({ where: { workspaceId } }),
      await db.checklistProgress.count({ where: { workspaceId } }),
      await db.checklistItemCompletion.count({ where: { workspaceId } }),
    ]).toEqual([0, 0, 0, 0]);
  });

  it("lists newest first with targeting summary, items count and exposure counts, a page at a time", async () => {
    const first = await pm.checklist.create({
      workspaceId,
      ...input({ title: "First", targeting: { personaIds: [], conditions: [] }, holdoutPercent: 0 }),
    });
    const second = await pm.checklist.create({ workspaceId, ...input({ title: "Second" }) });
    const third = await pm.checklist.create({
      workspaceId,
      ...input({ title: "Third", items: [{ title: "Only", completion: { event: "x" } }] }),
    });
    await pm.checklist.setStatus({ workspaceId, id: first.id, status: "live" });
    const key = (await createWriteKey(testDb(), workspaceId)).key;
    const acme = { groupId: "acme" }; // the first item is account-scoped
    await sendBatch(deps(), key, [
      trackMessage("u1", "workflow_saved", { properties: { steps: 1 }, context: acme }),
      trackMessage("u1", "connection_created", { context: acme }),
      trackMessage("u2", "docs_opened"),
    ]);
    await fetchWidgetState(deps(), { userId: "u1" }, { key });
    await fetchWidgetState(deps(), { userId: "u2" }, { key });

    const page1 = await pm.checklist.list({ workspaceId, limit: 2 });
    expect(page1.items.map((c) => c.title)).toEqual(["Third", "Second"]);
    expect(page1.nextCursor).toBe(first.id);
    expect(page1.items[0]).toMatchObject({ id: third.id, itemsCount: 1, status: "draft" });
    expect(page1.items[1]).toMatchObject({
      id: second.id,
      itemsCount: 2,
      holdoutPercent: 20,
      targeting: {
        personas: [{ id: engineerId, name: "Data engineer" }],
        missingPersonas: 0,
        conditions: [{ key: "plan", op: "in", value: ["pro", "team"] }],
      },
      users: { exposed: 0, holdout: 0, completed: 0 },
    });
    const page2 = await pm.checklist.list({ workspaceId, limit: 2, cursor: page1.nextCursor! });
    expect(page2.nextCursor).toBeNull();
    expect(page2.items).toHaveLength(1);
    expect(page2.items[0]).toMatchObject({
      id: first.id,
      status: "live",
      users: { exposed: 2, holdout: 0, completed: 1 },
    });
  });

  it("shows a deleted persona as missing (it matches nobody)", async () => {
    const gone = await insertPersona(testDb(), workspaceId, { name: "Gone", priority: 5 });
    await pm.checklist.create({ workspaceId, ...input({ targeting: { personaIds: [gone.id] } }) });
    await testDb().persona.delete({ where: { id: gone.id } });
    const [row] = (await pm.checklist.list({ workspaceId })).items;
    expect(row!.targeting).toMatchObject({ personas: [], missingPersonas: 1 });
  });
});

describe("preview", () => {
  it("renders the saved checklist as a persona, in a locale, with the targeting verdict", async () => {
    const created = await pm.checklist.create({ workspaceId, ...input() });
    const viewer = callerFor(ws.user("viewer"));
    const asEngineer = await viewer.checklist.preview({
      workspaceId,
      id: created.id,
      personaId: engineerId,
      locale: "de",
    });
    expect(asEngineer).toMatchObject({
      persona: { id: engineerId, name: "Data engineer" },
      locale: "de",
      targeted: "depends",
      holdoutPercent: 20,
    });
    expect(asEngineer.checklist.title).toBe("Erste Schritte");
    expect(asEngineer.checklist.items.map((i) => i.title)).toEqual(["Connect a source", "Workflow speichern"]);
    expect(asEngineer.reasons).toEqual([
      "Targets Data engineer.",
      "Segment: plan is one of pro, team — depends on each user's traits.",
    ]);

    const noPersona = await viewer.checklist.preview({ workspaceId, id: created.id, personaId: null, locale: "en" });
    expect(noPersona.targeted).toBe("no");
  });

  it("NOT_FOUND for a persona of another workspace", async () => {
    const created = await pm.checklist.create({ workspaceId, ...input() });
    const other = await createWorkspace(testDb());
    const foreign = await insertPersona(testDb(), other.workspace.id);
    await expectTrpcError(
      pm.checklist.preview({ workspaceId, id: created.id, personaId: foreign.id, locale: "en" }),
      "NOT_FOUND",
    );
  });
});

describe("role question settings", () => {
  const question = {
    enabled: true,
    trait: "role",
    question: { en: "What is your role?", fr: "Quel est votre rôle ?" },
    options: [
      { value: "data engineer", label: { en: "Data engineer" } },
      { value: "sales", label: { en: "Sales", de: "Vertrieb" } },
    ],
  };

  it("is off by default for a new workspace", async () => {
    expect(await callerFor(ws.user("viewer")).checklist.roleQuestion({ workspaceId })).toMatchObject({
      enabled: false,
      trait: "role",
      options: [],
    });
  });

  it("pms save it; it reads back normalized", async () => {
    const saved = await pm.checklist.updateRoleQuestion({ workspaceId, data: question });
    expect(saved.question).toEqual({ en: "What is your role?", fr: "Quel est votre rôle ?", de: "" });
    expect(await pm.checklist.roleQuestion({ workspaceId })).toEqual(saved);
  });

  it("refuses an enabled question with fewer than two options", async () => {
    await expectTrpcError(
      pm.checklist.updateRoleQuestion({ workspaceId, data: { ...question, options: question.options.slice(0, 1) } }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      callerFor(ws.user("viewer")).checklist.updateRoleQuestion({ workspaceId, data: question }),
      "FORBIDDEN",
    );
  });
});
