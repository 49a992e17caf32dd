// Items complete from what users did before the checklist could see it (issue 15, point 3): going
// live, and adding an item to a live checklist, run "checklist.backfill" over the look-back's
// track events, with the same rules as ingest (property conditions, account scope), only for
// this workspace, resumable from its checkpoint, and paged.
import { beforeEach, describe, expect, it } from "vitest";
import { backfillCompletions } from "../../server/jobs/backfill-checklist";
import type { ClaimedJob } from "../../server/jobs/queue";
import { dayNumber } from "../../server/calendar/day-number";
import { getChecklist } from "../../server/onboarding/get-checklist";
import { setChecklistStatus } from "../../server/onboarding/set-checklist-status";
import { updateChecklist } from "../../server/onboarding/update-checklist";
import { ZChecklistInput, type TChecklistFormInput } from "../../server/onboarding/schemas";
import { createWorkspace, createWriteKey, groupMessage, sendBatch, trackMessage } from "../factories";
import { insertChecklist } from "./support/checklists";
import { deps, testDb } from "./support/db";
import { waitForJobs } from "./support/totals";

const DAY = 86_400_000;
let workspaceId: string;
let serverKey: string;
let otherKey: string;

beforeEach(async () => {
  workspaceId = (await createWorkspace(testDb())).workspace.id;
  serverKey = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
  const other = (await createWorkspace(testDb())).workspace.id;
  otherKey = (await createWriteKey(testDb(), other, { kind: "secret" })).key;
});

const ago = (days: number) => new Date(Date.now() - days * DAY);
const send = async (key: string, messages: Record<string, unknown>[]) => {
  for (let i = 0; i < messages.length; i += 500) {
    const reply = await sendBatch(deps(), key, messages.slice(i, i + 500));
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  }
};
const ITEMS: TChecklistFormInput["items"] = [
  {
    title: "Add a Postgres connection",
    completion: { event: "connection_created", where: { key: "source", op: "equals", value: "postgres" } },
  },
  { title: "Connect your warehouse", completion: { event: "warehouse_connected" }, scope: "account" },
];
/** Completions of an item, as "subject@day-offset" (days before now, rounded). */
async function completions(itemId: string): Promise<string[]> {
  const rows = await testDb().checklistItemCompletion.findMany({
    where: { workspaceId, checklistItemId: itemId },
    select: { subjectKey: true, endUserId: true, completedAt: true },
  });
  const users = await testDb().endUser.findMany({ where: { workspaceId }, select: { id: true, externalId: true } });
  const name = new Map(users.map((u) => [u.id, u.externalId]));
  return rows
    .map((r) => {
      const who = r.subjectKey.startsWith("a:") ? "account" : name.get(r.endUserId!)!;
      return `${who}@${Math.round((Date.now() - r.completedAt.getTime()) / DAY)}`;
    })
    .sort();
}

describe("completing items from past events", () => {
  it("going live completes items from the look-back's events: conditions and account scope included, older events and other workspaces left out", async () => {
    await send(serverKey, [
      trackMessage("ada", "connection_created", { properties: { source: "postgres" }, timestamp: ago(3) }),
      trackMessage("ada", "connection_created", { properties: { source: "postgres" }, timestamp: ago(10) }),
      trackMessage("bo", "connection_created", { properties: { source: "postgres" }, timestamp: ago(20) }),
      trackMessage("cy", "connection_created", { properties: { source: "mysql" }, timestamp: ago(2) }),
      trackMessage("dee", "connection_created", { properties: { source: "postgres" }, timestamp: ago(40) }),
      groupMessage("eve", "acme", { name: "Acme" }, { timestamp: ago(6) }),
      trackMessage("eve", "warehouse_connected", { timestamp: ago(5) }),
    ]);
    await send(otherKey, [
      trackMessage("fay", "connection_created", { properties: { source: "postgres" }, timestamp: ago(1) }),
    ]);
    const checklist = await insertChecklist(testDb(), workspaceId, { items: ITEMS }, "draft");
    const [postgres, warehouse] = checklist.items;
    expect(await completions(postgres!.id)).toEqual([]);

    const { backfillJobId } = await setChecklistStatus({ db: testDb(), workspaceId, id: checklist.id, status: "live" });
    expect(backfillJobId).toEqual(expect.any(String));
    await waitForJobs(testDb(), workspaceId);
    const job = await testDb().job.findFirstOrThrow({ where: { id: backfillJobId! } });
    // 30 calendar days, today included.
    expect([job.status, job.processed, job.total]).toEqual(["done", 30, 30]);
    // ada's earliest event in the window; cy's was mysql; dee's is 40 days back.
    expect(await completions(postgres!.id)).toEqual(["ada@10", "bo@20"]);
    expect(await completions(warehouse!.id)).toEqual(["account@5"]);
  });

  it("a look-back of 0 days starts nothing, and a checklist already live does not start again", async () => {
    await send(serverKey, [
      trackMessage("ada", "connection_created", { properties: { source: "postgres" }, timestamp: ago(1) }),
    ]);
    const none = await insertChecklist(testDb(), workspaceId, { items: ITEMS, lookBackDays: 0 }, "draft");
    const r = await setChecklistStatus({ db: testDb(), workspaceId, id: none.id, status: "live" });
    expect(r.backfillJobId).toBeNull();
    expect(await completions(none.items[0]!.id)).toEqual([]);

    const live = await insertChecklist(testDb(), workspaceId, { items: ITEMS });
    await waitForJobs(testDb(), workspaceId);
    const again = await setChecklistStatus({ db: testDb(), workspaceId, id: live.id, status: "live" });
    expect(again.backfillJobId).toBeNull();
  });

  it("an item added to a live checklist is completed from past events; the others are not read again", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, { items: ITEMS });
    await waitForJobs(testDb(), workspaceId);
    await send(serverKey, [trackMessage("ada", "workflow_run", { timestamp: ago(4) })]);
    // A completion ingest recorded is not the job's to change: delete it to see that only the new
    // item is backfilled.
    await send(serverKey, [
      trackMessage("bo", "connection_created", { properties: { source: "postgres" }, timestamp: ago(2) }),
    ]);
    await testDb().checklistItemCompletion.deleteMany({ where: { workspaceId } });

    const current = (await getChecklist({ db: testDb(), workspaceId, id: checklist.id }))!;
    const input = ZChecklistInput.parse({
      title: current.title,
      items: [
        ...current.items.map((i) => ({ id: i.id, title: i.title, completion: i.completion, scope: i.scope })),
        { title: "Run a workflow", completion: { event: "workflow_run" } },
      ],
    });
    const updated = await updateChecklist({ db: testDb(), workspaceId, id: checklist.id, input });
    expect(updated.backfillJobId).toEqual(expect.any(String));
    await waitForJobs(testDb(), workspaceId);
    expect(await completions(updated.items[2]!.id)).toEqual(["ada@4"]);
    expect(await completions(updated.items[0]!.id)).toEqual([]);
  });

  it("reads a busy day in pages, and resumes from its checkpoint", async () => {
    const users = Array.from({ length: 620 }, (_, i) => `u${i}`);
    await send(
      serverKey,
      users.map((u) =>
        trackMessage(u, "connection_created", { properties: { source: "postgres" }, timestamp: ago(1) }),
      ),
    );
    const checklist = await insertChecklist(testDb(), workspaceId, { items: ITEMS, lookBackDays: 3 }, "draft");
    await testDb().checklist.update({ where: { id: checklist.id }, data: { status: "live" } });
    const today = dayNumber(new Date(), "UTC");
    const run = (checkpoint: unknown) => {
      const saved: unknown[] = [];
      const job = {
        id: "j",
        workspaceId,
        kind: "checklist.backfill",
        payload: { checklistId: checklist.id, itemIds: null, firstDay: today - 3, lastDay: today },
      } as unknown as ClaimedJob;
      return backfillCompletions({
        db: testDb(),
        job,
        checkpoint,
        saveProgress: async (_p, _t, c) => void saved.push(c),
        signal: new AbortController().signal,
      }).then(() => saved);
    };
    // Resumed past yesterday: nothing of yesterday is read.
    await run({ day: today, afterId: null });
    expect(await completions(checklist.items[0]!.id)).toEqual([]);
    const saved = await run(null);
    expect(await completions(checklist.items[0]!.id)).toHaveLength(620);
    // Yesterday took two pages: a checkpoint inside it, after its 500th event.
    expect(saved).toContainEqual({ day: today - 1, afterId: expect.any(String) });
  });

  it("stops when the checklist is no longer live", async () => {
    await send(serverKey, [
      trackMessage("ada", "connection_created", { properties: { source: "postgres" }, timestamp: ago(1) }),
    ]);
    const checklist = await insertChecklist(testDb(), workspaceId, { items: ITEMS }, "draft");
    await testDb().checklist.update({ where: { id: checklist.id }, data: { status: "live" } });
    const job = {
      id: "j",
      workspaceId,
      kind: "checklist.backfill",
      payload: { checklistId: checklist.id, itemIds: null, firstDay: 0, lastDay: dayNumber(new Date(), "UTC") },
    } as unknown as ClaimedJob;
    await testDb().checklist.update({ where: { id: checklist.id }, data: { status: "archived" } });
    await backfillCompletions({
      db: testDb(),
      job,
      checkpoint: null,
      saveProgress: async () => undefined,
      signal: new AbortController().signal,
    });
    expect(await completions(checklist.items[0]!.id)).toEqual([]);
  });
});
