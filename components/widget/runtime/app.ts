import { CHECKLIST_EVENTS, type FeedbackCategory, type SurveyTriggerContext, type VoiceMessage, type WidgetChecklist, type WidgetFeedbackItem, type WidgetFeedbackList, type WidgetState } from "../../../server/contract/widget-protocol";
import { applyTrack, emptyOverlay, mergeOverlay, pickChecklist, progressOf, type Overlay } from "./checklist-state";
import { pickLocale } from "./i18n";
import { buildMessage, readPage, toBag, type Bag, type Call, type Identity, type Message } from "./messages";
import { Queue } from "./queue";
import { StateClient } from "./state-client";
import { browserStorage, MemoryStorage, readJson, writeJson, type StorageLike } from "./storage";
import { askNextSurvey } from "./survey-ask";
import { createUi, type Ui, type View } from "./ui";
import { uuid } from "./uuid";
import { canAsk, endingMessage, feedbackMessage, followUpOf, isTyping, triggersSurvey, type Ending, type SurveyCard } from "./voice";
import type { Drafts, FeedbackView } from "./voice-ui";

// The runtime: the public API (load, identify, group, track, page, reset) over the queue, the
// state client and the UI. index.ts installs it on window.cairn and replays the loader's queue.

const KEY = { user: "cairn_user", sig: "cairn_sig", seen: "cairn_seen", open: "cairn_open", skip: "cairn_skip" } as const;
const SKIP_MS = 7 * 24 * 3_600_000;
const MAX_PENDING = 1000;
/** How long a survey's thank-you stays before the card closes itself. */
const THANKS_MS = 4000;

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
  /** What the last render showed: `open` is the checklist's open preference, `panel` whether
   * the panel is on screen (the role question hides it). */
  private current = { checklist: null as WidgetChecklist | null, open: false, panel: false, roleQuestion: false };
  /** Survey answers, dismissals and feedback: POST /api/v1/responses, same delivery as events. */
  private voice: Queue<VoiceMessage> | null = null;
  private card: SurveyCard | null = null;
  private asking = false;
  /** A trigger that fired while something else was open: asked for once the screen is free. */
  private trigger: SurveyTriggerContext | null = null;
  /** The page a page_load survey was last asked for (page() right after the first state asks nothing more). */
  private askedFor: string | null = null;
  private thanksTimer: unknown = null;
  private returnFocus: HTMLElement | null = null;
  private drafts: Drafts = { s: "", f: "" };
  private fb: Pick<FeedbackView, "open" | "tab" | "category" | "list"> = { open: false, tab: "form", category: null, list: null };
  private fbSeq = 0;

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
    this.voice?.stop();
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
    const tab = uuid();
    const queueOptions = {
      writeKey,
      storage: this.store,
      fetch: (url: string, init: RequestInit) => w.fetch(url, init),
      sendBeacon: typeof w.navigator.sendBeacon === "function" ? (url: string, data: Blob) => w.navigator.sendBeacon(url, data) : null,
      now: Date.now,
      random: Math.random,
      log: (m: string, d?: unknown) => this.warn(m, d),
      ...timers,
    };
    this.queue = new Queue({ ...queueOptions, endpoint: `${host}/api/v1/batch`, tabId: tab });
    // Its own storage entry (another key, another endpoint): neither queue adopts the other's.
    this.voice = new Queue<VoiceMessage>({ ...queueOptions, endpoint: `${host}/api/v1/responses`, tabId: `${tab}-v` });
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
    if (triggersSurvey(this.state, event)) this.askSurvey({ type: "event", event });
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
    if (this.state) this.askSurvey({ type: "page_load" });
  }

  /** On log-out: forgets the user and account and starts a new anonymous id. */
  reset(): void {
    void this.queue?.flush();
    void this.voice?.flush();
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
    const hide = () => {
      this.queue?.flushBeacon();
      this.voice?.flushBeacon();
    };
    this.doc.addEventListener("visibilitychange", () => {
      if (this.doc.visibilityState === "hidden") return hide();
      this.queue?.resume();
      this.voice?.resume();
      this.client?.resume();
    });
    this.win.addEventListener("pagehide", () => {
      // An answer not sent yet is queued before the beacon takes the queue.
      if (this.unsent()) this.safely(() => this.endSurvey("pagehide"));
      hide();
    });
    this.win.addEventListener("online", () => {
      this.queue?.retryNow();
      this.voice?.retryNow();
    });
    if (!this.doc.body) this.doc.addEventListener("DOMContentLoaded", () => this.render());
  }

  private forgetState(): void {
    this.client?.stop();
    this.state = null;
    this.overlay = emptyOverlay();
    this.completedHere.clear();
    this.answered.clear();
    this.trigger = this.askedFor = null;
    // Another person, or a log-out: an answer already begun is still this user's.
    if (this.unsent()) this.endSurvey("pagehide");
    this.card = null;
    this.drafts = { s: "", f: "" };
    this.fb = { open: false, tab: "form", category: null, list: null };
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
    if (!before) this.askSurvey({ type: "page_load" });
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

  /** Rebuilds the widget; `focus` is a selector to move the focus to. Returns true when the
   * focus was inside the widget and the element holding it is gone. */
  private render(focus: string | null = null): boolean {
    const s = this.state;
    if (!s || !this.identified || !this.doc.body) return false;
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
    // The feedback panel and the checklist panel are never open together.
    if (this.fb.open) open = false;
    this.current = { checklist: cl, open, panel: open && !rq, roleQuestion: Boolean(rq) };
    const fb = s.feedback;
    if (!this.ui) {
      if (!cl && !rq && !fb && !this.card) {
        // Nothing on screen yet, but a survey may be due: asking creates the UI when one comes.
        this.maybeAsk();
        return false;
      }
      const on = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => this.safely(() => fn.apply(this, a));
      this.ui = createUi(this.doc, {
        toggle: on(this.toggle),
        close: on(this.close),
        dismiss: on(this.dismiss),
        answer: on(this.answer),
        skip: on(this.skip),
        score: on(this.score),
        surveySend: on(() => this.endSurvey("send")),
        surveyClose: on(() => this.endSurvey("close")),
        draft: (k, v) => (this.drafts[k] = v),
        feedbackToggle: on(() => (this.fb.open ? this.closeFeedback() : this.openFeedback())),
        feedbackClose: on(this.closeFeedback),
        category: on((c: FeedbackCategory) => {
          this.fb.category = this.fb.category === c ? null : c;
          this.render();
        }),
        feedbackSend: on(this.sendFeedback),
        feedbackTab: on(this.feedbackTab),
      }, () => this.drafts, () => {
        try {
          this.win.performance?.mark?.("cairn:launcher");
        } catch {
          // User Timing is optional
        }
      });
    }
    const card = this.card;
    const sv = card?.survey;
    const view: View = {
      locale: pickLocale(s.user.locale, this.browserLocale()),
      card: rq ? { question: rq.question, options: rq.options } : null,
      checklist: cl
        ? { id: cl.id, title: cl.title, description: cl.description, items: cl.items.map(({ id, title, body, ctaUrl, done }) => ({ id, title, body, ctaUrl, done })), ...progressOf(cl), completed: cl.completed, dismissed: cl.dismissed }
        : null,
      open,
      // Hidden, not dismissed, while a panel is open; back when it closes.
      survey: sv && !this.current.panel && !this.fb.open
        ? { kind: sv.kind, question: sv.question, lowLabel: sv.lowLabel, highLabel: sv.highLabel, score: card.score, followUp: followUpOf(card), thanks: card.thanks ? sv.thankYou : null }
        : null,
      feedback: fb ? { label: fb.label, position: fb.position, categories: fb.categories, ...this.fb } : null,
    };
    const lost = this.ui.render(view, focus);
    if (cl) this.markSeen(cl);
    this.maybeAsk();
    return lost;
  }

  // ------------------------------------------------------------------ surveys

  private askSurvey(trigger: SurveyTriggerContext): void {
    if (trigger.type === "page_load") {
      const href = this.win.location.href;
      if (href === this.askedFor) return;
      this.askedFor = href;
    }
    this.trigger = trigger;
    this.maybeAsk();
  }

  /** Asks POST /api/v1/surveys/next for the waiting trigger when nothing else is open. */
  private maybeAsk(): void {
    const { trigger, identified: userId, state, writeKey } = this;
    if (!trigger || !userId || !state || !writeKey || !this.doc.body) return;
    if (!canAsk({ card: Boolean(this.card), asking: this.asking, panel: this.current.panel, feedback: this.fb.open, roleQuestion: this.current.roleQuestion })) return;
    this.trigger = null;
    this.asking = true;
    const w = this.win;
    void askNextSurvey(`${this.host}/api/v1/surveys/next`, writeKey, { userId, trigger, locale: state.user.locale, messageId: uuid() }, {
      fetch: (url, init) => w.fetch(url, init),
      wait: (ms) => new Promise((r) => w.setTimeout(r, ms)),
      random: Math.random,
    }).then((survey) => {
      this.asking = false;
      if (survey && userId === this.identified && !this.card) {
        this.card = { survey, score: null, thanks: false, done: false };
        this.drafts.s = "";
        // Into the card, unless the user is typing in a field of the host page.
        const active = this.doc.activeElement as HTMLElement | null;
        const typing = isTyping(active);
        this.returnFocus = typing ? null : active;
        this.safely(() => this.render(typing ? null : "#cairn-sq"));
      } else this.safely(() => this.maybeAsk());
    });
  }

  private score(n: number): void {
    const card = this.card;
    if (!card || card.done) return;
    card.score = n;
    // A scale without a follow-up question is answered by the score itself.
    if (!followUpOf(card)) return this.endSurvey("send");
    this.render("#cairn-sc");
  }

  /** A score picked or a comment typed but not sent yet: an answer, whatever happens next. */
  private unsent(): boolean {
    return Boolean(this.card && !this.card.done && (this.card.score != null || this.drafts.s.trim()));
  }

  /** Send, close (× or Escape) or pagehide: sends what endingMessage says, then thanks or closes. */
  private endSurvey(how: Ending): void {
    const card = this.card;
    const userId = this.identified;
    if (!card || !userId) return;
    const m = endingMessage(card, how, { messageId: uuid(), userId, timestamp: new Date().toISOString() }, this.drafts.s);
    if (how === "send" && !m) return void this.render("#cairn-sc");
    if (m) this.voice?.enqueue(m, true);
    card.done = true;
    this.drafts.s = "";
    this.win.clearTimeout(this.thanksTimer as number);
    if (how === "send") {
      card.thanks = true;
      this.render("#cairn-thx");
      this.thanksTimer = this.win.setTimeout(() => this.safely(() => this.endSurvey("close")), THANKS_MS);
      return;
    }
    this.card = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (this.render() && back?.isConnected) back.focus();
  }

  // ------------------------------------------------------------------ feedback

  private openFeedback(): void {
    const { checklist: cl, panel } = this.current;
    if (cl && panel) this.setOpen(cl.id, false);
    this.fb.open = true;
    if (this.fb.tab === "thanks") this.fb.tab = "form";
    if (this.fb.tab === "list") this.loadFeedback();
    this.render(this.fb.tab === "list" ? "#cairn-fbt" : "#cairn-ft");
  }

  private closeFeedback(): void {
    if (!this.fb.open) return;
    this.fb.open = false;
    this.render(".fbb");
  }

  private sendFeedback(): void {
    const userId = this.identified;
    if (!userId || !this.state) return;
    const m = feedbackMessage({ messageId: uuid(), userId, timestamp: new Date().toISOString() }, this.drafts.f, this.fb.category, this.win.location.href, this.state.user.locale);
    if (!m) return void this.render("#cairn-ft");
    this.voice?.enqueue(m, true);
    this.drafts.f = "";
    this.fb.category = null;
    this.fb.tab = "thanks";
    this.render("#cairn-fthx");
  }

  private feedbackTab(tab: "form" | "list"): void {
    this.fb.tab = tab;
    if (tab === "list") this.loadFeedback();
    this.render(tab === "list" ? "#cairn-fbt" : "#cairn-ft");
  }

  /** GET /api/v1/feedback once the queue's current attempt ended (so feedback just sent is
   * stored); what is still queued then (offline) shows on top as received. */
  private loadFeedback(): void {
    const { identified: userId, voice, writeKey, win: w } = this;
    if (!userId || !voice || !writeKey) return;
    const seq = ++this.fbSeq;
    this.fb.list = "loading";
    void voice
      .flush()
      .then(() => w.fetch(`${this.host}/api/v1/feedback?userId=${encodeURIComponent(userId)}&writeKey=${encodeURIComponent(writeKey)}`, { credentials: "omit" }))
      .then(async (res) => (res.ok ? ((await res.json()) as Partial<WidgetFeedbackList>).items : null))
      .catch(() => null)
      .then((items) => {
        if (seq !== this.fbSeq) return;
        const queued: WidgetFeedbackItem[] = [];
        for (const m of voice.pending()) {
          if (m.type === "feedback" && m.userId === userId) queued.unshift({ id: m.messageId, text: m.text.slice(0, 280), category: m.category ?? null, status: "received", roadmapTitle: null, createdAt: m.timestamp });
        }
        this.fb.list = Array.isArray(items) ? queued.concat(items) : "error";
        this.safely(() => this.render());
      });
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
    if (!open) this.fb.open = false;
    this.render(open ? ".launcher" : "#cairn-title");
  }

  private close(): void {
    const { checklist: cl, open } = this.current;
    if (!cl || !open) return;
    this.setOpen(cl.id, false);
    this.render(".launcher");
  }

  private dismiss(): void {
    const cl = this.current.checklist;
    if (!cl) return;
    this.setDismissed(cl, true);
    this.setOpen(cl.id, false);
    this.render(".launcher");
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
