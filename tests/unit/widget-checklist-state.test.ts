import { describe, expect, it } from "vitest";
import type { WidgetChecklist, WidgetChecklistItem, WidgetState } from "../../server/contract/widget-protocol";
import {
  applyTrack,
  emptyOverlay,
  mergeOverlay,
  OVERLAY_TTL_MS,
  pickChecklist,
  progressOf,
  SHOW_COMPLETED_MS,
} from "../../components/widget/runtime/checklist/state";

const item = (id: string, completionEvent: string, extra: Partial<WidgetChecklistItem> = {}): WidgetChecklistItem => ({
  id,
  title: id,
  body: "",
  ctaUrl: null,
  completionEvent,
  completionWhere: null,
  scope: "user",
  done: false,
  completedAt: null,
  ...extra,
});

const checklist = (
  id: string,
  items: WidgetChecklistItem[],
  extra: Partial<WidgetChecklist> = {},
): WidgetChecklist => ({
  id,
  title: id,
  description: "",
  items,
  dismissed: false,
  completed: items.every((i) => i.done),
  ...extra,
});

const state = (checklists: WidgetChecklist[]): WidgetState => ({
  user: { userId: "u1", persona: null, locale: "en" },
  checklists,
  roleQuestion: null,
  pollAfterMs: 30_000,
  feedback: null,
  surveyEvents: [],
});

const at = new Date("2026-11-24T10:00:00Z");

describe("applyTrack", () => {
  const s = state([
    checklist("c1", [
      item("connect", "connection_created", {
        completionWhere: { key: "source", op: "in", value: ["postgres", "snowflake"] },
      }),
      item("run", "workflow_run"),
      item("invite", "colleague_invited", { done: true, completedAt: "2026-11-20T00:00:00.000Z" }),
    ]),
  ]);

  it("ticks items whose event and property condition match, case-insensitively", () => {
    const r = applyTrack(s, "connection_created", { source: "Snowflake" }, at);
    expect(r.ticked).toEqual(["connect"]);
    expect(r.state.checklists[0]!.items[0]).toMatchObject({ done: true, completedAt: at.toISOString() });
    expect(progressOf(r.state.checklists[0]!)).toEqual({ done: 2, total: 3 });
    expect(s.checklists[0]!.items[0]!.done).toBe(false); // the input is not mutated
  });

  it("ignores a non-matching property, another event, or an item already done", () => {
    expect(applyTrack(s, "connection_created", { source: "mysql" }, at).ticked).toEqual([]);
    expect(applyTrack(s, "Connection_Created", { source: "postgres" }, at).ticked).toEqual([]);
    const same = applyTrack(s, "colleague_invited", {}, at);
    expect(same.ticked).toEqual([]);
    expect(same.state).toBe(s);
  });

  it("marks the checklist completed when the last item is ticked", () => {
    const r1 = applyTrack(s, "workflow_run", {}, at);
    expect(r1.state.checklists[0]!.completed).toBe(false);
    const r2 = applyTrack(r1.state, "connection_created", { source: "postgres" }, at);
    expect(r2.state.checklists[0]!.completed).toBe(true);
  });
});

describe("mergeOverlay", () => {
  const now = at.getTime();
  const server = state([checklist("c1", [item("a", "e1"), item("b", "e2")])]);

  it("keeps a local tick the server does not know yet, within the TTL", () => {
    const overlay = { items: { a: now - 1000 }, dismissed: {} };
    const r = mergeOverlay(server, overlay, now);
    expect(r.state.checklists[0]!.items[0]!.done).toBe(true);
    expect(r.overlay.items).toEqual({ a: now - 1000 });
  });

  it("lets the overlay go once the server agrees, or after the TTL", () => {
    const agreed = state([
      checklist("c1", [item("a", "e1", { done: true, completedAt: at.toISOString() }), item("b", "e2")]),
    ]);
    expect(mergeOverlay(agreed, { items: { a: now }, dismissed: {} }, now).overlay.items).toEqual({});
    const expired = mergeOverlay(server, { items: { a: now - OVERLAY_TTL_MS - 1 }, dismissed: {} }, now);
    expect(expired.state.checklists[0]!.items[0]!.done).toBe(false);
    expect(expired.overlay.items).toEqual({});
  });

  it("applies a local dismiss or reopen until the server reflects it", () => {
    const r = mergeOverlay(server, { items: {}, dismissed: { c1: { value: true, at: now } } }, now);
    expect(r.state.checklists[0]!.dismissed).toBe(true);
    expect(r.overlay.dismissed.c1).toBeDefined();
    const dismissed = state([checklist("c1", [item("a", "e1")], { dismissed: true })]);
    expect(
      mergeOverlay(dismissed, { items: {}, dismissed: { c1: { value: true, at: now } } }, now).overlay.dismissed,
    ).toEqual({});
  });

  it("recomputes completion with the overlay", () => {
    const r = mergeOverlay(server, { items: { a: now, b: now }, dismissed: {} }, now);
    expect(r.state.checklists[0]!.completed).toBe(true);
    expect(mergeOverlay(server, emptyOverlay(), now).state.checklists[0]!.completed).toBe(false);
  });
});

describe("pickChecklist", () => {
  const now = at.getTime();
  const doneItem = (id: string, when: number) =>
    item(id, "e", { done: true, completedAt: new Date(when).toISOString() });

  it("shows the first unfinished checklist", () => {
    const s = state([
      checklist("finished", [doneItem("x", now)]),
      checklist("open", [item("y", "e")]),
      checklist("later", [item("z", "e")]),
    ]);
    expect(pickChecklist(s, new Set(), now)?.id).toBe("open");
  });

  it("keeps a finished checklist on screen if it finished here or recently, else none", () => {
    const old = state([checklist("old", [doneItem("x", now - SHOW_COMPLETED_MS - 1)])]);
    expect(pickChecklist(old, new Set(), now)).toBeNull();
    expect(pickChecklist(old, new Set(["old"]), now)?.id).toBe("old");
    const recent = state([checklist("recent", [doneItem("x", now - 60_000)])]);
    expect(pickChecklist(recent, new Set(), now)?.id).toBe("recent");
  });

  it("never shows an empty checklist", () => {
    expect(pickChecklist(state([checklist("empty", [])]), new Set(["empty"]), now)).toBeNull();
  });
});
