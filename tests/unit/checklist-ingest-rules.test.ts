import { describe, expect, it } from "vitest";
import {
  completionsFromEvents,
  itemRulesByEvent,
  progressChangesFromEvents,
  type ChecklistRule,
  type TrackedEvent,
} from "../../server/onboarding/ingest-rules";

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, min));
const ev = (
  name: string,
  endUserId: string,
  min: number,
  properties: Record<string, unknown> = {},
  accountId: string | null = "acme",
): TrackedEvent => ({
  name,
  properties,
  endUserId,
  accountId,
  timestamp: at(min),
});

const checklists: ChecklistRule[] = [
  {
    id: "cl-1",
    holdoutPercent: 0,
    items: [
      { itemId: "i-connect", event: "connection_created", scope: "account" },
      {
        itemId: "i-pg",
        event: "connection_created",
        where: { key: "source", op: "equals", value: "postgres" },
        scope: "user",
      },
      { itemId: "i-run", event: "workflow_run", scope: "user" },
    ],
  },
  { id: "cl-2", holdoutPercent: 20, items: [{ itemId: "i-invite", event: "colleague_invited", scope: "user" }] },
];
const rules = itemRulesByEvent(checklists);

describe("completionsFromEvents", () => {
  it("one event can complete several items; the property condition filters", () => {
    const out = completionsFromEvents(
      [
        ev("connection_created", "alice", 1, { source: "Postgres" }),
        ev("connection_created", "bob", 2, { source: "snowflake" }),
      ],
      rules,
    );
    expect(out).toEqual([
      { checklistItemId: "i-connect", subjectKey: "a:acme", endUserId: "alice", accountId: "acme", completedAt: at(1) },
      { checklistItemId: "i-pg", subjectKey: "u:alice", endUserId: "alice", accountId: "acme", completedAt: at(1) },
    ]);
  });

  it("keeps the earliest event per (item, subject), whatever the batch order", () => {
    const out = completionsFromEvents(
      [ev("workflow_run", "alice", 9), ev("workflow_run", "alice", 3), ev("workflow_run", "bob", 5)],
      rules,
    );
    expect(out.map((c) => [c.subjectKey, c.completedAt])).toEqual([
      ["u:alice", at(3)],
      ["u:bob", at(5)],
    ]);
  });

  it("account scope: two users of one account earn one completion, the earliest", () => {
    const out = completionsFromEvents(
      [ev("connection_created", "bob", 7), ev("connection_created", "alice", 4)],
      rules,
    );
    expect(out.filter((c) => c.checklistItemId === "i-connect")).toEqual([
      { checklistItemId: "i-connect", subjectKey: "a:acme", endUserId: "alice", accountId: "acme", completedAt: at(4) },
    ]);
  });

  it("skips account-scoped items for events without an account", () => {
    const out = completionsFromEvents([ev("connection_created", "solo", 1, {}, null)], rules);
    expect(out).toEqual([]);
  });

  it("ignores events no item names, and works without rules", () => {
    expect(completionsFromEvents([ev("docs_opened", "alice", 1)], rules)).toEqual([]);
    expect(completionsFromEvents([ev("workflow_run", "alice", 1)], new Map())).toEqual([]);
  });
});

describe("progressChangesFromEvents", () => {
  it("seen is the first $checklist_seen; the last dismiss/reopen decides", () => {
    const out = progressChangesFromEvents(
      [
        ev("$checklist_seen", "alice", 5, { checklistId: "cl-1" }),
        ev("$checklist_seen", "alice", 2, { checklistId: "cl-1" }),
        ev("$checklist_dismissed", "alice", 6, { checklistId: "cl-1" }),
        ev("$checklist_dismissed", "bob", 6, { checklistId: "cl-1" }),
        ev("$checklist_reopened", "bob", 8, { checklistId: "cl-1" }),
      ],
      checklists,
    );
    expect(out).toEqual([
      { checklistId: "cl-1", endUserId: "alice", seenAt: at(2), dismissedAt: at(6), reopenedAt: null },
      { checklistId: "cl-1", endUserId: "bob", seenAt: null, dismissedAt: null, reopenedAt: at(8) },
    ]);
  });

  it("applies events in time order even when the batch is not", () => {
    const out = progressChangesFromEvents(
      [
        ev("$checklist_dismissed", "alice", 9, { checklistId: "cl-2" }),
        ev("$checklist_reopened", "alice", 4, { checklistId: "cl-2" }),
      ],
      checklists,
    );
    expect(out).toEqual([
      { checklistId: "cl-2", endUserId: "alice", seenAt: null, dismissedAt: at(9), reopenedAt: null },
    ]);
  });

  it("ignores unknown or missing checklist ids and other events", () => {
    const out = progressChangesFromEvents(
      [
        ev("$checklist_seen", "alice", 1, { checklistId: "cl-archived" }),
        ev("$checklist_seen", "alice", 1, {}),
        ev("$checklist_seen", "alice", 1, { checklistId: 42 }),
        ev("workflow_run", "alice", 1, { checklistId: "cl-1" }),
      ],
      checklists,
    );
    expect(out).toEqual([]);
  });
});
