// The onboarding funnel on a hand-built cohort: account scope, median time to complete, stalls.
import { describe, expect, it } from "vitest";
import {
  buildFunnel,
  itemDoneAt,
  STALL_EXAMPLES,
  type CompletionRow,
  type FunnelItem,
  type PrecursorHit,
  type SeenUser,
} from "../../server/onboarding/reports/funnel";
import { completionEventOf, resolveGoalEvent } from "../../server/onboarding/reports/report-checklist";
import { median } from "../../server/onboarding/reports/stats";

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 2, 9);
const at = (hours: number) => new Date(T0 + hours * H);
const checklist = { id: "c1", title: "Get started", status: "live" as const, holdoutPercent: 10 };

// Listed out of order on purpose: the funnel follows `position`.
const ITEMS: FunnelItem[] = [
  {
    id: "save",
    title: "Save a workflow",
    position: 3,
    scope: "user",
    completionEvent: "workflow_saved",
    precursorEvent: "workflow_started",
  },
  {
    id: "connect",
    title: "Connect a source",
    position: 1,
    scope: "user",
    completionEvent: "connection_created",
    precursorEvent: null,
  },
  {
    id: "warehouse",
    title: "Connect the warehouse",
    position: 2,
    scope: "account",
    completionEvent: "warehouse_connected",
    precursorEvent: null,
  },
];

const user = (endUserId: string, accountId: string | null, seenHours: number, dismissedHours?: number): SeenUser => ({
  endUserId,
  externalId: `ext-${endUserId}`,
  accountId,
  seenAt: at(seenHours),
  dismissedAt: dismissedHours === undefined ? null : at(dismissedHours),
});

// A and B share account X; C and F share Y; D has no account; E is alone in Z.
const USERS: SeenUser[] = [
  user("A", "X", 0, 6), // completes, then dismisses: still a completer, not a dismissal
  user("B", "X", 1),
  user("C", "Y", 0, 7),
  user("D", null, 10),
  user("E", "Z", 0),
  user("F", "Y", 0),
];

const done = (checklistItemId: string, subjectKey: string, hours: number): CompletionRow => ({
  checklistItemId,
  subjectKey,
  completedAt: at(hours),
});

const COMPLETIONS: CompletionRow[] = [
  // A: connect 1 h, warehouse by account X at 2 h, save 5 h → complete, 5 h after seeing it
  done("connect", "u:A", 1),
  done("warehouse", "a:X", 2),
  done("save", "u:A", 5),
  // B (saw it at 1 h): connect 3 h, warehouse through X (2 h), save 4 h → last 4 h, 3 h after seeing it
  done("connect", "u:B", 3),
  done("save", "u:B", 4),
  // C: only connect
  done("connect", "u:C", 1),
  // D (no account, saw it at 10 h): all done before seeing it, the account-wide one under its own
  // key (recorded while the item was still user-scoped) → complete in 0
  done("connect", "u:D", 0),
  done("warehouse", "u:D", 0),
  done("save", "u:D", 1),
  // F: saved a workflow only
  done("save", "u:F", 2),
  // Not for any seen user: an unrelated account, a user outside the cohort, a user-scoped item
  // keyed by account (never counts: only account-wide items count account completions).
  done("warehouse", "a:W", 1),
  done("connect", "u:outsider", 1),
  done("connect", "a:Y", 1),
];

const PRECURSORS: PrecursorHit[] = [
  { endUserId: "C", event: "workflow_started", lastAt: at(6) },
  { endUserId: "E", event: "workflow_started", lastAt: at(8) },
  { endUserId: "E", event: "workflow_started", lastAt: at(3) }, // an older duplicate: the latest wins
  { endUserId: "F", event: "workflow_started", lastAt: at(1) },
  { endUserId: "outsider", event: "workflow_started", lastAt: at(9) },
];

describe("buildFunnel", () => {
  const report = buildFunnel({
    checklist,
    items: ITEMS,
    users: USERS,
    completions: COMPLETIONS,
    precursors: PRECURSORS,
  });

  it("counts seen users, each item with account scope, completers and dismissals", () => {
    expect(report.seen).toBe(6);
    expect(report.steps.map((s) => [s.itemId, s.done, s.rate])).toEqual([
      ["connect", 4, 4 / 6], // A, B, C, D
      ["warehouse", 3, 3 / 6], // A and B through account X, D by itself
      ["save", 4, 4 / 6], // A, B, D, F
    ]);
    expect(report.completed).toEqual({ count: 3, rate: 0.5 }); // A, B, D
    expect(report.dismissed).toEqual({ count: 1, rate: 1 / 6 }); // C (A dismissed after completing)
  });

  it("median time to complete: seenAt → last item, 0 when done before seeing", () => {
    // A 5 h, B 4 h − 1 h = 3 h, D max(0, 1 h − 10 h) = 0 → sorted [0, 3 h, 5 h], median 3 h
    expect(report.medianTimeToCompleteMs).toBe(3 * H);
  });

  it("finds who started an item without finishing it", () => {
    expect(report.stalls).toEqual([
      {
        itemId: "save",
        title: "Save a workflow",
        precursorEvent: "workflow_started",
        completionEvent: "workflow_saved",
        started: 3, // C, E, F (the outsider is not in the cohort)
        stalled: 2, // C and E; F saved one
        rateOfStarted: 2 / 3,
        rateOfSeen: 2 / 6,
        examples: [
          { endUserId: "E", externalId: "ext-E", lastPrecursorAt: at(8) },
          { endUserId: "C", externalId: "ext-C", lastPrecursorAt: at(6) },
        ],
      },
    ]);
  });

  it("lists at most a few example users, most recent first", () => {
    const many = Array.from({ length: 8 }, (_, i) => user(`S${i}`, null, 0));
    const r = buildFunnel({
      checklist,
      items: ITEMS,
      users: many,
      completions: [],
      precursors: many.map((u, i) => ({ endUserId: u.endUserId, event: "workflow_started", lastAt: at(i) })),
    });
    const stall = r.stalls[0]!;
    expect(stall.stalled).toBe(8);
    expect(stall.examples.map((e) => e.endUserId)).toEqual(["S7", "S6", "S5", "S4", "S3"]);
    expect(stall.examples).toHaveLength(STALL_EXAMPLES);
  });

  it("nobody seen: zero counts, undefined rates, n/a median", () => {
    const r = buildFunnel({ checklist, items: ITEMS, users: [], completions: COMPLETIONS, precursors: PRECURSORS });
    expect(r.seen).toBe(0);
    expect(r.steps.every((s) => s.done === 0 && s.rate === null)).toBe(true);
    expect(r.completed).toEqual({ count: 0, rate: null });
    expect(r.medianTimeToCompleteMs).toBeNull();
    expect(r.stalls[0]).toMatchObject({ started: 0, stalled: 0, rateOfStarted: null, rateOfSeen: null, examples: [] });
  });

  it("a checklist without items has no completers", () => {
    const r = buildFunnel({ checklist, items: [], users: USERS, completions: [], precursors: [] });
    expect(r).toMatchObject({
      seen: 6,
      steps: [],
      completed: { count: 0, rate: 0 },
      medianTimeToCompleteMs: null,
      stalls: [],
    });
  });
});

describe("itemDoneAt", () => {
  const index = (rows: CompletionRow[]) => {
    const m = new Map<string, Map<string, Date>>();
    for (const r of rows) {
      if (!m.has(r.checklistItemId)) m.set(r.checklistItemId, new Map());
      m.get(r.checklistItemId)!.set(r.subjectKey, r.completedAt);
    }
    return m;
  };
  const warehouse = ITEMS[2]!;
  const connect = ITEMS[1]!;

  it("an account-wide item is done when their account did it (or the user, under an earlier user scope), whichever was first", () => {
    const rows = index([done("warehouse", "u:A", 4), done("warehouse", "a:X", 2)]);
    expect(itemDoneAt(warehouse, { endUserId: "A", accountId: "X" }, rows)).toEqual(at(2));
    expect(itemDoneAt(warehouse, { endUserId: "B", accountId: "X" }, rows)).toEqual(at(2));
    expect(itemDoneAt(warehouse, { endUserId: "A", accountId: null }, rows)).toEqual(at(4));
    expect(itemDoneAt(warehouse, { endUserId: "C", accountId: "Y" }, rows)).toBeNull();
  });

  it("a user-scoped item ignores account completions", () => {
    expect(itemDoneAt(connect, { endUserId: "C", accountId: "Y" }, index([done("connect", "a:Y", 1)]))).toBeNull();
  });
});

describe("median", () => {
  it("middle value, mean of the two middle values, null for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe("goal event", () => {
  it("the checklist's own goal, else the last item's completion event, else none", () => {
    expect(resolveGoalEvent("workflow_run", ITEMS)).toEqual({ goalEvent: "workflow_run", goalSource: "checklist" });
    expect(resolveGoalEvent(null, ITEMS)).toEqual({ goalEvent: "workflow_saved", goalSource: "last_item" });
    expect(resolveGoalEvent("  ", ITEMS)).toEqual({ goalEvent: "workflow_saved", goalSource: "last_item" });
    expect(resolveGoalEvent(null, [])).toEqual({ goalEvent: null, goalSource: null });
    expect(resolveGoalEvent(null, [{ position: 1, completionEvent: null }])).toEqual({
      goalEvent: null,
      goalSource: null,
    });
  });

  it("reads an item's completion rule", () => {
    expect(completionEventOf({ event: "workflow_saved", where: { key: "steps", op: "exists" } })).toBe(
      "workflow_saved",
    );
    expect(completionEventOf({ event: "" })).toBeNull();
    expect(completionEventOf({})).toBeNull();
    expect(completionEventOf(null)).toBeNull();
    expect(completionEventOf("workflow_saved")).toBeNull();
  });
});
