import {
  CHECKLIST_EVENTS,
  type WidgetChecklist,
  type WidgetLocale,
  type WidgetState,
} from "../../../../server/contract/widget-protocol";
import type { ChecklistChunk, Part } from "../chunk-api";
import { translate, type StringKey } from "../i18n";
import type { Bag, Call } from "../messages";
import { readJson, writeJson, type StorageLike } from "../storage";
import { applyTrack, emptyOverlay, mergeOverlay, pickChecklist, progressOf, type Overlay } from "./state";
import { buildLauncher, type ChecklistScreen } from "./view";

// The checklist, the launcher and the role question: which checklist shows and whether its panel
// is open, local ticks until the server agrees, and the user's choices (open, seen, skipped),
// remembered per user in localStorage. The core draws the launcher; the panel and the role
// question card come from the checklist chunk once it is loaded.
//
// The panel opens by itself only on a user's first sight of a checklist, and for a few seconds
// after an item completes; either way only where it covers none of the host page's controls (the
// chunk measures that: chunk.ts). It collapses to the launcher as soon as the user works in the
// host page, and that sticks across pages, as does opening it from the launcher.

// "cairn_panel" replaced "cairn_open", whose `true` meant "seen once" rather than "opened by the
// user": a user from before would keep a panel that never gives way.
const KEY = { seen: "cairn_seen", open: "cairn_panel", skip: "cairn_skip" } as const;
const SKIP_MS = 7 * 24 * 3_600_000;
/** How long the panel shows a newly completed item before it collapses again. */
export const PEEK_MS = 5_000;

/** The remembered state of a user's panel: opened by the user, opened by itself on first sight
 * (collapses when the page has no room for it), or closed. */
type OpenPref = true | "auto" | false;

export type ChecklistHost = {
  doc: Document;
  store: StorageLike;
  /** The state the widget shows (this controller replaces it as items tick). */
  state: WidgetState | null;
  identified: string | null;
  emit(call: Call, urgent?: boolean): void;
  identify(userId: string, traits: Bag): void;
  render(focus?: string | null): boolean;
  safely(fn: () => void): void;
  /** The feedback panel closes when the checklist panel opens. */
  closeFeedback(): void;
  /** The checklist chunk, once loaded. */
  panel(): ChecklistChunk | null;
};

/** What the last render showed: `open` is the checklist's open preference, `panel` whether the
 * panel is on screen (the role question hides it). */
export type ChecklistShown = {
  checklist: WidgetChecklist | null;
  open: boolean;
  panel: boolean;
  roleQuestion: boolean;
};

export class ChecklistController {
  private overlay: Overlay = emptyOverlay();
  private completedHere = new Set<string>();
  private answered = new Set<string>();
  shown: ChecklistShown = { checklist: null, open: false, panel: false, roleQuestion: false };
  /** Set while the panel shows a completed item by itself. */
  private peeking: ReturnType<typeof setTimeout> | null = null;
  /** The panel would open by itself here but the page has no room for it (until the next page). */
  private noRoom = false;

  constructor(private readonly o: ChecklistHost) {}

  /** The server's state with the local ticks it has not caught up with. */
  receive(server: WidgetState): WidgetState {
    const merged = mergeOverlay(server, this.overlay, Date.now());
    this.overlay = merged.overlay;
    const before = this.o.state;
    let ticked = false;
    for (const cl of merged.state.checklists) {
      const prev = before?.checklists.find((p) => p.id === cl.id);
      if (cl.completed && prev && !prev.completed) this.completedHere.add(cl.id);
      if (prev && cl.items.some((i) => i.done && prev.items.some((p) => p.id === i.id && !p.done))) ticked = true;
    }
    if (ticked) this.peek();
    return merged.state;
  }

  /** Ticks what the event completes; true when something ticked (the state then changed). */
  track(event: string, props: Bag): boolean {
    const before = this.o.state;
    if (!before) return false;
    const { state, ticked } = applyTrack(before, event, props, new Date());
    if (ticked.length === 0) return false;
    const now = Date.now();
    for (const id of ticked) this.overlay.items[id] = now;
    state.checklists.forEach((cl, i) => {
      if (cl.completed && !before.checklists[i]?.completed) this.completedHere.add(cl.id);
    });
    this.o.state = state;
    this.peek();
    return true;
  }

  forget(): void {
    this.overlay = emptyOverlay();
    this.completedHere.clear();
    this.answered.clear();
    this.endPeek();
    this.noRoom = false;
  }

  /** An item just completed: the panel shows it for PEEK_MS, unless the user closed the checklist
   * for good (dismissed) or the panel is open anyway. */
  private peek(): void {
    this.endPeek();
    this.peeking = setTimeout(() => {
      this.peeking = null;
      this.o.render();
    }, PEEK_MS);
  }

  private endPeek(): void {
    clearTimeout(this.peeking ?? undefined);
    this.peeking = null;
  }

  /** Decides what shows (recorded in `shown`); null when there is neither checklist nor question.
   * `fbDocked`: the feedback button sits in the dock; `feedbackOpen`: the feedback panel is
   * open, so the checklist panel stays closed. */
  part(locale: WidgetLocale, fbDocked: boolean, feedbackOpen: boolean): Part | null {
    const { state: s, identified: userId, store } = this.o;
    if (!s || !userId) return null;
    const now = Date.now();
    const skips = readJson<Record<string, number>>(store, KEY.skip) ?? {};
    const rq =
      s.roleQuestion && !this.answered.has(s.roleQuestion.trait) && !((skips[userId] ?? 0) > now)
        ? s.roleQuestion
        : null;
    const cl = pickChecklist(s, this.completedHere, now);
    let open = false;
    let byUser = false;
    if (cl && !cl.dismissed) {
      let saved = this.openPref(cl.id);
      byUser = saved === true;
      // First sight of a checklist opens it (without taking focus), where the page has room.
      if (saved === undefined && !rq && !this.noRoom) this.setOpen(cl.id, (saved = "auto"));
      open = saved === true || saved === "auto" || Boolean(this.peeking);
    }
    if (feedbackOpen) open = false;
    this.shown = { checklist: cl, open, panel: open && !rq, roleQuestion: Boolean(rq) };
    if (!cl && !rq) return null;
    const checklist = cl
      ? {
          id: cl.id,
          title: cl.title,
          description: cl.description,
          items: cl.items.map(({ id, title, body, ctaUrl, done }) => ({ id, title, body, ctaUrl, done })),
          ...progressOf(cl),
          completed: cl.completed,
          dismissed: cl.dismissed,
        }
      : null;
    const view: ChecklistScreen = {
      locale,
      card: rq ? { question: rq.question, options: rq.options } : null,
      checklist,
      open,
      docked: Boolean(cl) || fbDocked,
      byUser,
    };
    const on =
      <A extends unknown[]>(fn: (...a: A) => void) =>
      (...a: A) =>
        this.o.safely(() => fn.apply(this, a));
    const panel = this.o.panel();
    return {
      key: [view, Boolean(panel)],
      build: () => {
        const { doc } = this.o;
        const t = (k: StringKey, v?: Record<string, string | number>) => translate(locale, k, v);
        const handlers = {
          toggle: on(this.toggle),
          dismiss: on(this.dismiss),
          answer: on(this.answer),
          skip: on(this.skip),
          hold: on(this.hold),
          collapse: on(this.collapse),
          noRoom: on(this.giveWay),
        };
        const slots = panel ? panel.build(view, handlers) : {};
        if (checklist) slots.dock = buildLauncher(doc, view, checklist, t, handlers.toggle);
        return slots;
      },
    };
  }

  /** After a render: the checklist on screen counts as seen, once per user and browser. */
  markSeen(): void {
    const cl = this.shown.checklist;
    if (!cl) return;
    const seen = readJson<string[]>(this.o.store, KEY.seen) ?? [];
    const key = this.prefKey(cl.id);
    if (seen.includes(key)) return;
    writeJson(this.o.store, KEY.seen, seen.concat(key).slice(-200));
    this.o.emit({ type: "track", event: CHECKLIST_EVENTS.seen, properties: { checklistId: cl.id } });
  }

  /** The panel opened by itself (first sight, or a completed item) but the page has no room for
   * it: it collapses; on first sight it was not seen after all, and the next page may have room. */
  private giveWay(): void {
    const cl = this.shown.checklist;
    if (!cl) return;
    if (this.openPref(cl.id) === "auto") this.setOpen(cl.id, undefined);
    // Set whatever storage did: a pref that failed to save must not reopen the panel at once.
    this.noRoom = true;
    this.endPeek();
    this.o.render();
  }

  /** The host moved to another page (cairn.page): a panel that found no room may find it here. */
  newPage(): void {
    if (!this.noRoom) return;
    this.noRoom = false;
    this.o.render();
  }

  /** A press or a key in the host page, outside the widget: the panel collapses to the launcher
   * and stays collapsed on the next pages. */
  private collapse(): void {
    const { checklist: cl, panel } = this.shown;
    if (!cl || !panel) return;
    this.setOpen(cl.id, false);
    this.o.render();
  }

  /** The pointer or the focus went into the panel while it showed a completed item: the user
   * wants it, so it stays open as if opened from the launcher. */
  private hold(): void {
    const cl = this.shown.checklist;
    if (cl && this.peeking) this.setOpen(cl.id, true);
  }

  /** The feedback panel is opening: the checklist panel closes (and stays closed). */
  closePanel(): void {
    const { checklist: cl, panel } = this.shown;
    if (cl && panel) this.setOpen(cl.id, false);
  }

  close(): void {
    const { checklist: cl, open } = this.shown;
    if (!cl || !open) return;
    this.setOpen(cl.id, false);
    this.o.render(".launcher");
  }

  private toggle(): void {
    const { checklist: cl, open } = this.shown;
    if (!cl) return;
    if (cl.dismissed) this.setDismissed(cl, false);
    this.setOpen(cl.id, !open);
    if (!open) this.o.closeFeedback();
    this.o.render(open ? ".launcher" : "#cairn-title");
  }

  private dismiss(): void {
    const cl = this.shown.checklist;
    if (!cl) return;
    this.setDismissed(cl, true);
    this.setOpen(cl.id, false);
    this.o.render(".launcher");
  }

  private answer(value: string): void {
    const { state, identified } = this.o;
    const rq = state?.roleQuestion;
    if (!rq || !identified) return;
    this.answered.add(rq.trait);
    this.o.identify(identified, { [rq.trait]: value });
    this.o.render();
  }

  private skip(): void {
    const userId = this.o.identified;
    if (!userId) return;
    const skips = readJson<Record<string, number>>(this.o.store, KEY.skip) ?? {};
    skips[userId] = Date.now() + SKIP_MS;
    writeJson(this.o.store, KEY.skip, skips);
    this.o.render();
  }

  private prefKey(checklistId: string): string {
    return `${this.o.identified ?? ""}|${checklistId}`;
  }

  private openPref(checklistId: string): OpenPref | undefined {
    return (readJson<Record<string, OpenPref>>(this.o.store, KEY.open) ?? {})[this.prefKey(checklistId)];
  }

  /** Remembers the user's choice (undefined forgets it); a choice ends a peek. */
  private setOpen(checklistId: string, open: OpenPref | undefined): void {
    this.endPeek();
    const map = readJson<Record<string, OpenPref | undefined>>(this.o.store, KEY.open) ?? {};
    map[this.prefKey(checklistId)] = open;
    const keys = Object.keys(map);
    for (const k of keys.slice(0, Math.max(0, keys.length - 200))) delete map[k];
    writeJson(this.o.store, KEY.open, map);
  }

  private setDismissed(cl: WidgetChecklist, value: boolean): void {
    this.overlay.dismissed[cl.id] = { value, at: Date.now() };
    const s = this.o.state;
    if (s)
      this.o.state = { ...s, checklists: s.checklists.map((c) => (c.id === cl.id ? { ...c, dismissed: value } : c)) };
    this.o.emit(
      {
        type: "track",
        event: value ? CHECKLIST_EVENTS.dismissed : CHECKLIST_EVENTS.reopened,
        properties: { checklistId: cl.id },
      },
      true,
    );
  }
}
