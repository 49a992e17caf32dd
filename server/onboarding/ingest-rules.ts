import { CHECKLIST_EVENTS } from "../contract/widget-protocol";
import { matchesCondition, type Condition } from "../audience/condition";
import { subjectKey } from "./progress";
import type { CompletionScope } from "./schemas";

// The pure half of ingest's checklist hooks (server/ingest/stages/checklists.ts writes what these
// return): which stored track events complete which items, and what the widget's own events
// ($checklist_seen / _dismissed / _reopened) change.

export type ItemRule = { itemId: string; event: string; where?: Condition; scope: CompletionScope };
export type ChecklistRule = { id: string; holdoutPercent: number; items: ItemRule[] };

export type TrackedEvent = {
  name: string;
  properties: Record<string, unknown>;
  endUserId: string;
  /** The account the event was recorded for (its groupId, else the user's account). */
  accountId: string | null;
  timestamp: Date;
};

export type NewCompletion = {
  checklistItemId: string;
  subjectKey: string;
  endUserId: string;
  accountId: string | null;
  completedAt: Date;
};

export function itemRulesByEvent(checklists: readonly ChecklistRule[]): Map<string, ItemRule[]> {
  const byEvent = new Map<string, ItemRule[]>();
  for (const c of checklists) {
    for (const item of c.items) {
      const list = byEvent.get(item.event);
      if (list) list.push(item);
      else byEvent.set(item.event, [item]);
    }
  }
  return byEvent;
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Completions the events earn: one per (item, subject), at the earliest matching event. An
 * account-scoped item needs the event's account (skipped without one). Sorted by key, so
 * concurrent batches lock rows in one order.
 */
export function completionsFromEvents(
  events: readonly TrackedEvent[],
  rules: ReadonlyMap<string, ItemRule[]>,
): NewCompletion[] {
  if (rules.size === 0) return [];
  const out = new Map<string, NewCompletion>();
  for (const e of events) {
    const candidates = rules.get(e.name);
    if (!candidates) continue;
    for (const rule of candidates) {
      if (rule.where && !matchesCondition(e.properties, rule.where)) continue;
      const key = subjectKey(rule.scope, { endUserId: e.endUserId, accountId: e.accountId });
      if (!key) continue;
      const id = `${rule.itemId}|${key}`;
      const prev = out.get(id);
      if (!prev || e.timestamp < prev.completedAt) {
        out.set(id, {
          checklistItemId: rule.itemId,
          subjectKey: key,
          endUserId: e.endUserId,
          accountId: e.accountId,
          completedAt: e.timestamp,
        });
      }
    }
  }
  return [...out.values()].sort(byKey((c) => `${c.checklistItemId}|${c.subjectKey}`));
}

export type ProgressChange = {
  checklistId: string;
  endUserId: string;
  /** The batch's first $checklist_seen. */
  seenAt: Date | null;
  /** Set when the batch's last dismiss/reopen event was a dismissal. */
  dismissedAt: Date | null;
  /** Set when it was a reopen: clears a dismissal made before it. */
  reopenedAt: Date | null;
};

const UI_EVENTS = new Set<string>(Object.values(CHECKLIST_EVENTS));

export function isChecklistUiEvent(name: string): boolean {
  return UI_EVENTS.has(name);
}

/**
 * What the widget's checklist events change, per (checklist, user), applied in time order.
 * Events naming no live checklist are ignored. The holdout is not consulted: the stored exposure
 * group decides (the writer leaves holdout rows alone), since a percentage changed after a user
 * was exposed must not hide their progress.
 */
export function progressChangesFromEvents(
  events: readonly TrackedEvent[],
  checklists: readonly ChecklistRule[],
): ProgressChange[] {
  const live = new Map(checklists.map((c) => [c.id, c]));
  const ui = events.filter((e) => UI_EVENTS.has(e.name)).sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const out = new Map<string, ProgressChange>();
  for (const e of ui) {
    const checklistId = e.properties.checklistId;
    if (typeof checklistId !== "string") continue;
    if (!live.has(checklistId)) continue;
    const id = `${checklistId}|${e.endUserId}`;
    const change = out.get(id) ?? {
      checklistId,
      endUserId: e.endUserId,
      seenAt: null,
      dismissedAt: null,
      reopenedAt: null,
    };
    if (e.name === CHECKLIST_EVENTS.seen) change.seenAt ??= e.timestamp;
    else if (e.name === CHECKLIST_EVENTS.dismissed)
      Object.assign(change, { dismissedAt: e.timestamp, reopenedAt: null });
    else Object.assign(change, { dismissedAt: null, reopenedAt: e.timestamp });
    out.set(id, change);
  }
  return [...out.values()].sort(byKey((c) => `${c.checklistId}|${c.endUserId}`));
}
