// Ingest's checklist hooks beyond the widget flow: only live checklists count, stale rules do not
// fail a batch, whole batches are written set-based, and concurrent batches agree on one
// completion per (item, subject).
import { beforeEach, describe, expect, it } from "vitest";
import { normalizeMessage } from "../../server/ingest/normalize-message";
import { ZMessage } from "../../server/ingest/schemas";
import { loadIngestRules } from "../../server/ingest/rules";
import { writeMessages } from "../../server/ingest/write-messages";
import { deleteChecklist } from "../../server/onboarding/delete-checklist";
import { createWorkspace, createWriteKey, groupMessage, sendBatch, trackMessage } from "../factories";
import { insertChecklist } from "./support/checklists";
import { deps, testDb, testDialect } from "./support/db";
import { totals } from "./support/totals";

let workspaceId: string;
let key: string;

beforeEach(async () => {
  const ws = await createWorkspace(testDb());
  workspaceId = ws.workspace.id;
  // History (timestamps older than 7 days) is sent with the secret key: a write key's window is the last 7 days.
  key = (await createWriteKey(testDb(), workspaceId, { kind: "secret" })).key;
});

const t = (min: number) => new Date(Date.UTC(2026, 3, 1, 12, min));
const completions = () =>
  testDb().checklistItemCompletion.findMany({ where: { workspaceId }, orderBy: { subjectKey: "asc" } });

describe("which checklists ingest completes", () => {
  it("only live ones: drafts and archived checklists record nothing", async () => {
    const live = await insertChecklist(testDb(), workspaceId, {
      items: [{ title: "Run", completion: { event: "workflow_run" } }],
    });
    await insertChecklist(
      testDb(),
      workspaceId,
      { items: [{ title: "Run", completion: { event: "workflow_run" } }] },
      "draft",
    );
    await insertChecklist(
      testDb(),
      workspaceId,
      { items: [{ title: "Run", completion: { event: "workflow_run" } }] },
      "archived",
    );
    await sendBatch(deps(), key, [
      trackMessage("u1", "workflow_run"),
      { type: "page", userId: "u1", name: "workflow_run", messageId: "p1" },
    ]);
    const rows = await completions();
    expect(rows.map((r) => r.checklistItemId)).toEqual([live.items[0]!.id]);
  });

  it("a checklist deleted after the rules were read does not fail the batch", async () => {
    const doomed = await insertChecklist(testDb(), workspaceId, {
      items: [{ title: "Run", completion: { event: "workflow_run" } }],
    });
    const rules = await loadIngestRules(testDb(), workspaceId);
    await deleteChecklist({ db: testDb(), workspaceId, id: doomed.id });
    const now = new Date();
    const messages = [
      trackMessage("u1", "workflow_run"),
      trackMessage("u1", "$checklist_seen", { properties: { checklistId: doomed.id } }),
    ].map((m) => normalizeMessage(ZMessage.parse(m), now));
    const result = await writeMessages(
      testDb(),
      testDialect(),
      { id: workspaceId, timeZone: "UTC" },
      messages,
      now,
      rules,
    );
    expect(result).toEqual({ inserted: 2, duplicates: 0 });
    expect(await completions()).toEqual([]);
    expect(await testDb().checklistProgress.count({ where: { workspaceId } })).toBe(0);
  });
});

describe("whole batches", () => {
  it("writes every user's completions of a 500-message batch, and the rollups stay as before", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [
        { title: "Connect", completion: { event: "connection_created" }, scope: "account" },
        { title: "Run", completion: { event: "workflow_run" } },
      ],
    });
    const batch = Array.from({ length: 500 }, (_, i) =>
      trackMessage(`user-${i % 100}`, i % 2 === 0 ? "workflow_run" : "connection_created", {
        timestamp: t(i % 60),
        context: { groupId: `acct-${i % 10}` },
      }),
    );
    const reply = await sendBatch(deps(), key, batch);
    expect(reply.body).toMatchObject({ stored: 500 });
    const rows = await completions();
    // Users 0–99, user u in account u % 10: the 50 even users ran a workflow, the odd ones
    // connected a source for accounts 1, 3, 5, 7 and 9.
    expect(rows.filter((r) => r.checklistItemId === checklist.items[1]!.id)).toHaveLength(50);
    expect(
      rows.filter((r) => r.checklistItemId === checklist.items[0]!.id).map((r) => r.subjectKey.slice(0, 2)),
    ).toEqual(Array(5).fill("a:"));
    const totalsNow = await totals(testDb(), workspaceId);
    expect(totalsNow).toMatchObject({ events: 500, activity: 500, userDaySum: 500, eventDaySum: 500 });
  });

  it("concurrent batches completing one account item keep one row, at the earliest time", async () => {
    const checklist = await insertChecklist(testDb(), workspaceId, {
      items: [{ title: "Connect", completion: { event: "connection_created" }, scope: "account" }],
    });
    await sendBatch(
      deps(),
      key,
      Array.from({ length: 8 }, (_, i) => groupMessage(`member-${i}`, "acme", {}, { timestamp: t(0) })),
    );
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sendBatch(deps(), key, [
          trackMessage(`member-${i}`, "connection_created", { timestamp: t(10 + ((i * 5) % 8)) }),
        ]),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
    const rows = await completions();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ checklistItemId: checklist.items[0]!.id, completedAt: t(10) });
  });
});
