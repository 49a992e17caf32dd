import type { WidgetChecklist, WidgetState } from "../../../../server/contract/widget-protocol";
import { matchesWhere } from "../../../../server/contract/match-where";
import type { Bag } from "../messages";

// Pure functions over the widget state: progress, optimistic completion when the host tracks
// an item's event, and the overlay that keeps those local changes until the server agrees.

export function progressOf(checklist: WidgetChecklist): { done: number; total: number } {
  return { done: checklist.items.filter((i) => i.done).length, total: checklist.items.length };
}

/** Ticks every open item whose completion event (and property condition) the tracked event
 * satisfies. Returns the same state object when nothing changed. */
export function applyTrack(
  state: WidgetState,
  event: string,
  properties: Bag,
  at: Date,
): { state: WidgetState; ticked: string[] } {
  const ticked: string[] = [];
  const checklists = state.checklists.map((cl) => {
    let changed = false;
    const items = cl.items.map((item) => {
      if (item.done || item.completionEvent !== event) return item;
      if (item.completionWhere && !matchesWhere(properties, item.completionWhere)) return item;
      changed = true;
      ticked.push(item.id);
      return { ...item, done: true, completedAt: at.toISOString() };
    });
    return changed ? { ...cl, items, completed: items.every((i) => i.done) } : cl;
  });
  return ticked.length === 0 ? { state, ticked } : { state: { ...state, checklists }, ticked };
}

/** Local changes not yet reflected by the server: item ids ticked and checklists dismissed or
 * reopened, each with the time it happened. */
export type Overlay = { items: Record<string, number>; dismissed: Record<string, { value: boolean; at: number }> };

export const OVERLAY_TTL_MS = 60_000;

export function emptyOverlay(): Overlay {
  return { items: {}, dismissed: {} };
}

/** The server's state with the overlay applied; entries the server now agrees with, or older
 * than the TTL (the server had time and says otherwise), leave the overlay. */
export function mergeOverlay(
  server: WidgetState,
  overlay: Overlay,
  now: number,
  ttl = OVERLAY_TTL_MS,
): { state: WidgetState; overlay: Overlay } {
  const next: Overlay = { items: {}, dismissed: {} };
  const checklists = server.checklists.map((cl) => {
    const items = cl.items.map((item) => {
      const at = overlay.items[item.id];
      if (at === undefined || item.done || now - at > ttl) return item;
      next.items[item.id] = at;
      return { ...item, done: true, completedAt: new Date(at).toISOString() };
    });
    let dismissed = cl.dismissed;
    const local = overlay.dismissed[cl.id];
    if (local && local.value !== cl.dismissed && now - local.at <= ttl) {
      next.dismissed[cl.id] = local;
      dismissed = local.value;
    }
    return { ...cl, items, dismissed, completed: items.length > 0 && items.every((i) => i.done) };
  });
  return { state: { ...server, checklists }, overlay: next };
}

/** How long a checklist completed earlier stays on screen with its "All done" message. */
export const SHOW_COMPLETED_MS = 24 * 3_600_000;

/** The one checklist the widget shows: the first unfinished one, else one finished on this page
 * or within SHOW_COMPLETED_MS, else none. */
export function pickChecklist(
  state: WidgetState,
  completedHere: ReadonlySet<string>,
  now: number,
): WidgetChecklist | null {
  const open = state.checklists.find((cl) => !cl.completed && cl.items.length > 0);
  if (open) return open;
  for (const cl of state.checklists) {
    if (cl.items.length === 0) continue;
    if (completedHere.has(cl.id)) return cl;
    const last = Math.max(...cl.items.map((i) => (i.completedAt ? Date.parse(i.completedAt) : 0)));
    if (now - last <= SHOW_COMPLETED_MS) return cl;
  }
  return null;
}
