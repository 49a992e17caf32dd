import { CHECKLIST_EVENTS, type WidgetChecklist, type WidgetState } from "../protocol";
import { applyTrack, emptyOverlay, mergeOverlay, pickChecklist, progressOf, type Overlay } from "./checklist-state";
import { pickLocale } from "./i18n";
import { buildMessage, readPage, toBag, type Bag, type Call, type Identity, type Message } from "./messages";
import { Queue } from "./queue";
import { StateClient } from "./state-client";
import { browserStorage, MemoryStorage, readJson, writeJson, type StorageLike } from "./storage";
import { createUi, type Ui, type View } from "./ui";
import { uuid } from "./uuid";

// The runtime: the public API (load, identify, group, track, page, reset) over the queue, the
// state client and the UI. index.ts installs it on window.cairn and replays the loader's queue.

const KEY = { user: "cairn_user", sig: "cairn_sig", seen: "cairn_seen", open: "cairn_open", skip: "cairn_skip" } as const;
const SKIP_MS = 7 * 24 * 3_600_000;
const MAX_PENDING = 1000;

export type AppEnv = { win: Window & typeof globalThis; version: string; defaultHost: string };

export function trimHost(host: string): string {
  return host.replace(/\/+$/, "");
}

/** 32-bit FNV-1a, enough to notice that a user's traits changed since the last identify. */
export function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export class CairnApp {
  private readonly win: Window & typeof globalThis;
  private readonly doc: Document;
  private readonly store: StorageLike;
  private who: Identity;
  private writeKey: string | null = null;
  private host = "";
  private queue: Queue | null = null;
  private client: StateClient | null = null;
  private pending: { m: Message; urgent: boolean; settled?: () => void }[] = [];
  /** The userId identified on this page: only then is the widget state fetched. */
  private identified: string | null = null;
  private state: WidgetState | null = null;
  private overlay: Overlay = emptyOverlay();
  private completedHere = new Set<string>();
  private answered = new Set<string>();
  private ui: Ui | null = null;
  private listening = false;
  private current: { checklist: WidgetChecklist | null; open: boolean } = { checklist: null, open: false };

  constructor(private readonly env: AppEnv) {
    this.win = env.win;
    this.doc = env.win.document;
    this.store = browserStorage(() => env.win.localStorage) ?? new MemoryStorage();
    const saved = readJson<{ a?: string; u?: string | null; g?: string | null }>(this.store, KEY.user);
    this.who = { anonymousId: saved?.a || uuid(), userId: saved?.u ?? null, groupId: saved?.g ?? null };
    this.saveWho();
  }

  // ------------------------------------------------------------------ public API

  load(writeKey: unknown, options?: { host?: string }): void {
    if (typeof writeKey !== "string" || writeKey.trim() === "") return this.warn("cairn.load needs a write key.");
    const host = trimHost(options && typeof options.host === "string" ? options.host : this.env.defaultHost);
    if (writeKey === this.writeKey && host === this.host) return;
    this.queue?.stop();
    this.client?.stop();
    this.writeKey = writeKey;
    this.host = host;
    const w = this.win;
    // "Now" runs as a microtask, right after the calls of the current task: during page load
    // Chrome runs setTimeout(0) late (about at the load event), which delayed the first requests.
    const timers = {
      setTimer: (fn: () => void, ms: number): unknown => {
        if (ms > 0) return w.setTimeout(fn, ms);
        const t = { off: false };
        void Promise.resolve().then(() => t.off || fn());
        return t;
      },
      clearTimer: (id: unknown) => {
        if (id && typeof id === "object") (id as { off: boolean }).off = true;
        else w.clearTimeout(id as number);
      },
    };
    this.queue = new Queue({
      endpoint: `${host}/api/v1/batch`,
      writeKey,
      storage: this.store,
      fetch: (url, init) => w.fetch(url, init),
      sendBeacon: typeof w.navigator.sendBeacon === "function" ? (url, data) => w.navigator.sendBeacon(url, data) : null,
      now: Date.now,
      random: Math.random,
      log: (m, d) => this.warn(m, d),
      tabId: uuid(),
      ...timers,
    });
    this.client = new StateClient({
      host,
      writeKey,
      fetch: (url, init) => w.fetch(url, init),
      onState: (s) => this.receive(s),
      isHidden: () => this.doc.visibilityState === "hidden",
      now: Date.now,
      random: Math.random,
      log: (m) => this.warn(m),
      ...timers,
    });
    for (const p of this.pending.splice(0)) {
      this.queue.enqueue(p.m, p.urgent);
      if (p.settled) this.queue.whenSettled(p.m.messageId, p.settled);
    }
    if (this.identified) this.client.setUser(this.identified, this.browserLocale());
    this.listen();
  }

  identify(a?: unknown, b?: unknown): void {
    let userId = this.who.userId;
    let rawTraits = b;
    if (a !== null && typeof a === "object") rawTraits = a;
    else if (a !== undefined && a !== null && a !== "") userId = String(a);
    const traits = toBag(rawTraits);
    if (!traits) return this.warn("cairn.identify: traits must be an object.");
    if (userId !== this.who.userId) {
      if (this.who.userId) {
        // Another person on this browser: their checklist, and their account (group() again).
        this.forgetState();
        this.who.groupId = null;
      }
      this.who.userId = userId;
      this.saveWho();
    }
    let settled: (() => void) | undefined;
    if (userId) {
      // A user new to this browser, or changed traits (hence maybe another persona and other
      // checklists): fetch the state again once the identify is stored.
      const sig = fingerprint(`${userId}\n${JSON.stringify(traits)}`);
      const last = readJson<{ u: string; s: string }>(this.store, KEY.sig);
      if (last?.u !== userId || last.s !== sig) {
        writeJson(this.store, KEY.sig, { u: userId, s: sig });
        settled = () => this.client?.refresh(0);
      }
    }
    this.emit({ type: "identify", traits }, true, settled);
    if (userId) {
      this.identified = userId;
      this.client?.setUser(userId, this.browserLocale());
    }
  }

  group(groupId?: unknown, traits?: unknown): void {
    if (groupId === undefined || groupId === null || groupId === "") return this.warn("cairn.group needs an account id.");
    const bag = toBag(traits);
    if (!bag) return this.warn("cairn.group: traits must be an object.");
    this.who.groupId = String(groupId);
    this.saveWho();
    this.emit({ type: "group", groupId: String(groupId), traits: bag });
  }

  track(event?: unknown, properties?: unknown): void {
    if (typeof event !== "string" || event.trim() === "") return this.warn("cairn.track needs an event name.");
    const props = toBag(properties);
    if (!props) return this.warn("cairn.track: properties must be an object.");
    let settled: (() => void) | undefined;
    if (this.state) {
      const before = this.state;
      const { state, ticked } = applyTrack(before, event, props, new Date());
      if (ticked.length > 0) {
        const now = Date.now();
        for (const id of ticked) this.overlay.items[id] = now;
        state.checklists.forEach((cl, i) => {
          if (cl.completed && !before.checklists[i]?.completed) this.completedHere.add(cl.id);
        });
        this.state = state;
        this.render();
        settled = () => this.client?.refresh(500);
      }
    }
    this.emit({ type: "track", event, properties: props }, Boolean(settled), settled);
  }

  page(a?: unknown, b?: unknown, c?: unknown): void {
    // Segment's page([category], [name], [properties]).
    let name: string | null = null;
    let raw: unknown = undefined;
    if (a !== null && typeof a === "object") raw = a;
    else if (typeof b === "string") {
      name = b;
      raw = { ...(toBag(c) ?? {}), category: a };
    } else {
      name = typeof a === "string" ? a : null;
      raw = b;
    }
    const props = toBag(raw);
    if (!props) return this.warn("cairn.page: properties must be an object.");
    this.emit({ type: "page", name, properties: props });
  }

  /** On log-out: forgets the user and account and starts a new anonymous id. */
  reset(): void {
    void this.queue?.flush();
    this.forgetState();
    this.identified = null;
    this.who = { anonymousId: uuid(), userId: null, groupId: null };
    this.saveWho();
  }

  // ------------------------------------------------------------------ internals

  private warn(message: string, detail?: unknown): void {
    if (detail === undefined) console.warn(message);
    else console.warn(message, detail);
  }

  private browserLocale(): string {
    return this.win.navigator.language || "en";
  }

  private saveWho(): void {
    writeJson(this.store, KEY.user, { a: this.who.anonymousId, u: this.who.userId, g: this.who.groupId });
  }

  private emit(call: Call, urgent = false, settled?: () => void): void {
    const m = buildMessage(call, this.who, {
      messageId: uuid(),
      now: new Date(),
      locale: this.browserLocale(),
      page: readPage(this.win.location, this.doc),
      version: this.env.version,
    });
    if (this.queue) {
      this.queue.enqueue(m, urgent);
      if (settled) this.queue.whenSettled(m.messageId, settled);
    } else if (this.pending.length < MAX_PENDING) {
      this.pending.push({ m, urgent, settled });
    }
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const hide = () => this.queue?.flushBeacon();
    this.doc.addEventListener("visibilitychange", () => {
      if (this.doc.visibilityState === "hidden") return hide();
      this.queue?.resume();
      this.client?.resume();
    });
    this.win.addEventListener("pagehide", hide);
    this.win.addEventListener("online", () => this.queue?.retryNow());
    if (!this.doc.body) this.doc.addEventListener("DOMContentLoaded", () => this.render());
  }

  private forgetState(): void {
    this.client?.stop();
    this.state = null;
    this.overlay = emptyOverlay();
    this.completedHere.clear();
    this.answered.clear();
    this.ui?.destroy();
    this.ui = null;
  }

  private receive(server: WidgetState): void {
    if (!this.identified) return;
    const merged = mergeOverlay(server, this.overlay, Date.now());
    this.overlay = merged.overlay;
    const before = this.state;
    for (const cl of merged.state.checklists) {
      const prev = before?.checklists.find((p) => p.id === cl.id);
      if (cl.completed && prev && !prev.completed) this.completedHere.add(cl.id);
    }
    this.state = merged.state;
    this.render();
  }

  private prefKey(checklistId: string): string {
    return `${this.identified ?? ""}|${checklistId}`;
  }

  private setOpen(checklistId: string, open: boolean): void {
    const map = readJson<Record<string, boolean>>(this.store, KEY.open) ?? {};
    map[this.prefKey(checklistId)] = open;
    const keys = Object.keys(map);
    for (const k of keys.slice(0, Math.max(0, keys.length - 200))) delete map[k];
    writeJson(this.store, KEY.open, map);
  }

  private markSeen(checklist: WidgetChecklist): void {
    const seen = readJson<string[]>(this.store, KEY.seen) ?? [];
    const key = this.prefKey(checklist.id);
    if (seen.includes(key)) return;
    writeJson(this.store, KEY.seen, seen.concat(key).slice(-200));
    this.emit({ type: "track", event: CHECKLIST_EVENTS.seen, properties: { checklistId: checklist.id } });
  }

  private render(focus: "panel" | "launcher" | null = null): void {
    const s = this.state;
    if (!s || !this.identified || !this.doc.body) return;
    const now = Date.now();
    const skips = readJson<Record<string, number>>(this.store, KEY.skip) ?? {};
    const rq = s.roleQuestion && !this.answered.has(s.roleQuestion.trait) && !((skips[this.identified] ?? 0) > now) ? s.roleQuestion : null;
    const cl = pickChecklist(s, this.completedHere, now);
    let open = false;
    if (cl) {
      const saved = (readJson<Record<string, boolean>>(this.store, KEY.open) ?? {})[this.prefKey(cl.id)];
      // First sight of a checklist opens it (without taking focus); after that the user's choice sticks.
      open = !cl.dismissed && (saved ?? !rq);
      if (saved === undefined && !rq) this.setOpen(cl.id, open);
    }
    this.current = { checklist: cl, open };
    if (!this.ui) {
      if (!cl && !rq) return;
      this.ui = createUi(this.doc, {
        toggle: () => this.safely(() => this.toggle()),
        close: () => this.safely(() => this.close()),
        dismiss: () => this.safely(() => this.dismiss()),
        answer: (v) => this.safely(() => this.answer(v)),
        skip: () => this.safely(() => this.skip()),
      }, () => {
        try {
          this.win.performance?.mark?.("cairn:launcher");
        } catch {
          // User Timing is optional
        }
      });
    }
    const view: View = {
      locale: pickLocale(s.user.locale, this.browserLocale()),
      card: rq ? { question: rq.question, options: rq.options } : null,
      checklist: cl
        ? { id: cl.id, title: cl.title, description: cl.description, items: cl.items.map(({ id, title, body, ctaUrl, done }) => ({ id, title, body, ctaUrl, done })), ...progressOf(cl), completed: cl.completed, dismissed: cl.dismissed }
        : null,
      open,
    };
    this.ui.render(view, focus);
    if (cl) this.markSeen(cl);
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      console.error("[cairn]", e);
    }
  }

  private setDismissed(cl: WidgetChecklist, value: boolean): void {
    this.overlay.dismissed[cl.id] = { value, at: Date.now() };
    if (this.state) this.state = { ...this.state, checklists: this.state.checklists.map((c) => (c.id === cl.id ? { ...c, dismissed: value } : c)) };
    this.emit({ type: "track", event: value ? CHECKLIST_EVENTS.dismissed : CHECKLIST_EVENTS.reopened, properties: { checklistId: cl.id } }, true);
  }

  private toggle(): void {
    const { checklist: cl, open } = this.current;
    if (!cl) return;
    if (cl.dismissed) this.setDismissed(cl, false);
    this.setOpen(cl.id, !open);
    this.render(open ? "launcher" : "panel");
  }

  private close(): void {
    const { checklist: cl, open } = this.current;
    if (!cl || !open) return;
    this.setOpen(cl.id, false);
    this.render("launcher");
  }

  private dismiss(): void {
    const cl = this.current.checklist;
    if (!cl) return;
    this.setDismissed(cl, true);
    this.setOpen(cl.id, false);
    this.render("launcher");
  }

  private answer(value: string): void {
    const rq = this.state?.roleQuestion;
    if (!rq || !this.identified) return;
    this.answered.add(rq.trait);
    this.identify(this.identified, { [rq.trait]: value });
    this.render();
  }

  private skip(): void {
    if (!this.identified) return;
    const skips = readJson<Record<string, number>>(this.store, KEY.skip) ?? {};
    skips[this.identified] = Date.now() + SKIP_MS;
    writeJson(this.store, KEY.skip, skips);
    this.render();
  }
}
