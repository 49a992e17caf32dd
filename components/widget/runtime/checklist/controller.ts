import {
  CHECKLIST_EVENTS,
  type WidgetChecklist,
  type WidgetLocale,
  type WidgetState,
} from "../../../../server/contract/widget-protocol";
import type { ChecklistChunk, Part } from "../chunk-api";
import { translate } from "../i18n";
import type { Bag, Call } from "../messages";
import { readJson, writeJson, type StorageLike } from "../storage";
import { applyTrack, emptyOverlay, mergeOverlay, pickChecklist, progressOf, type Overlay } from "./state";
import { buildLauncher, type ChecklistScreen, type Translate } from "./view";

// The checklist, the launcher and the role question: which checklist shows and whether its panel
// is open, local ticks until the server agrees, and the user's choices (open, seen, skipped),
// remembered per user in localStorage. The core draws the launcher; the panel and the role
// question card come from the checklist chunk once it is loaded.

const KEY = { seen: "cairn_seen", open: "cairn_open", skip: "cairn_skip" } as const;
const SKIP_MS = 7 * 24 * 3_600_000;

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

  constructor(private readonly o: ChecklistHost) {}

  /** The server's state with the local ticks it has not caught up with. */
  receive(server: WidgetState): WidgetState {
    const merged = mergeOverlay(server, this.overlay, Date.now());
    this.overlay = merged.overlay;
    const before = this.o.state;
    for (const cl of merged.state.checklists) {
      const prev = before?.checklists.find((p) => p.id === cl.id);
      if (cl.completed && prev && !prev.completed) this.completedHere.add(cl.id);
    }
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
    return true;
  }

  forget(): void {
    this.overlay = emptyOverlay();
    this.completedHere.clear();
    this.answered.clear();
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
    if (cl) {
      const saved = (readJson<Record<string, boolean>>(store, KEY.open) ?? {})[this.prefKey(cl.id)];
      // First sight of a checklist opens it (without taking focus); after that the user's choice sticks.
      open = !cl.dismissed && (saved ?? !rq);
      if (saved === undefined && !rq) this.setOpen(cl.id, open);
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
        const t: Translate = (k, v) => translate(locale, k, v);
        const handlers = {
          toggle: on(this.toggle),
          dismiss: on(this.dismiss),
          answer: on(this.answer),
          skip: on(this.skip),
        };
        const slots = panel ? panel.build(view, handlers, t) : {};
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

  private setOpen(checklistId: string, open: boolean): void {
    const map = readJson<Record<string, boolean>>(this.o.store, KEY.open) ?? {};
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
