import type { SurveyTriggerContext, VoiceMessage, WidgetState } from "../../../server/contract/widget-protocol";
import type { ChecklistChunk, Kit, VoiceChunk } from "./chunk-api";
import { ChecklistController } from "./checklist/controller";
import type { ChunkLoader } from "./chunks";
import { startDelivery } from "./delivery";
import { h } from "./dom";
import { pickLocale } from "./i18n";
import { buildMessage, readPage, toBag, type Call, type Identity, type Message } from "./messages";
import type { Queue } from "./queue";
import type { StateClient } from "./state-client";
import { browserStorage, MemoryStorage, readJson, writeJson, type StorageLike } from "./storage";
import { CSS } from "./styles";
import { triggersSurvey } from "./survey-trigger";
import { createUi, type Ui } from "./ui";
import { uuid } from "./uuid";

// The core: the public API (load, identify, group, track, page, reset) over the queues, the state
// client, the checklist and the UI; and the lazy chunks, once loaded: "checklist" (the panel and
// the role question), requested with the state, and "voice" (surveys, feedback), requested once
// the first state is on screen. index.ts installs it on window.cairn and replays the loader's queue.

const KEY = { user: "cairn_user", sig: "cairn_sig" } as const;
const MAX_PENDING = 1000;

export type AppEnv = { win: Window & typeof globalThis; version: string; defaultHost: string; chunks: ChunkLoader };

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
  readonly win: Window & typeof globalThis;
  readonly doc: Document;
  readonly store: StorageLike;
  private who: Identity;
  private writeKey: string | null = null;
  private host = "";
  private queue: Queue | null = null;
  /** Survey answers, dismissals and feedback: POST /api/v1/responses, same delivery as events.
   * In the core, so what earlier pages left queued is delivered whether the voice chunk loads or not. */
  private voiceQueue: Queue<VoiceMessage> | null = null;
  private client: StateClient | null = null;
  private pending: { m: Message; urgent: boolean; settled?: () => void }[] = [];
  /** The userId identified on this page: only then is the widget state fetched. */
  identified: string | null = null;
  state: WidgetState | null = null;
  private ui: Ui | null = null;
  private readonly styles = [CSS];
  private listening = false;
  private readonly checklist = new ChecklistController(this);
  private checklistChunk: ChecklistChunk | null = null;
  private voice: VoiceChunk | null = null;

  constructor(private readonly env: AppEnv) {
    this.win = env.win;
    this.doc = env.win.document;
    this.store = browserStorage(() => env.win.localStorage) ?? new MemoryStorage();
    const saved = readJson<{ a?: string; u?: string | null; g?: string | null; h?: string | null }>(
      this.store,
      KEY.user,
    );
    this.who = {
      anonymousId: saved?.a || uuid(),
      userId: saved?.u ?? null,
      groupId: saved?.g ?? null,
      userHash: saved?.h,
    };
    this.saveWho();
  }

  // ------------------------------------------------------------------ public API

  load(writeKey: unknown, options?: { host?: string }): void {
    if (typeof writeKey !== "string" || writeKey.trim() === "") return this.warn("cairn.load needs a write key.");
    const host = trimHost(options && typeof options.host === "string" ? options.host : this.env.defaultHost);
    if (writeKey === this.writeKey && host === this.host) return;
    this.queue?.stop();
    this.voiceQueue?.stop();
    this.client?.stop();
    this.writeKey = writeKey;
    this.host = host;
    const { queue, voiceQueue, client } = startDelivery({
      win: this.win,
      store: this.store,
      writeKey,
      host,
      onState: (s) => this.receive(s),
      log: (m, d) => this.warn(m, d),
    });
    this.queue = queue;
    this.voiceQueue = voiceQueue;
    this.client = client;
    for (const p of this.pending.splice(0)) {
      queue.enqueue(p.m, p.urgent);
      if (p.settled) queue.whenSettled(p.m.messageId, p.settled);
    }
    if (this.identified) client.setUser(this.identified, this.browserLocale(), this.who.userHash);
    this.listen();
  }

  /** identify([userId], [traits], [options]); options.userHash: the host server's signature of
   * the userId (docs/decisions/verified-identity.md), kept with the user until another one. */
  identify(a?: unknown, b?: unknown, c?: unknown): void {
    let userId = this.who.userId;
    let rawTraits = b;
    let options = c;
    if (a !== null && typeof a === "object") {
      rawTraits = a;
      options = b;
    } else if (a !== undefined && a !== null && a !== "") userId = String(a);
    const traits = toBag(rawTraits);
    if (!traits) return this.warn("cairn.identify: traits must be an object.");
    const hash = (options as { userHash?: unknown } | null)?.userHash;
    if (userId !== this.who.userId) {
      if (this.who.userId) {
        // Another person on this browser: their checklist, and their account (group() again).
        this.forgetState();
        this.who.groupId = null;
      }
      this.who.userId = userId;
      this.who.userHash = null;
    }
    if (typeof hash === "string") this.who.userHash = hash;
    this.saveWho();
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
      this.client?.setUser(userId, this.browserLocale(), this.who.userHash);
      // Alongside the state request (once the page has loaded), so that a first visit's panel can
      // open with the launcher.
      void this.env.chunks.load("checklist").then((make) =>
        this.safely(() => {
          if (this.checklistChunk) return;
          this.checklistChunk = (make as (kit: Kit) => ChecklistChunk)(this.kit());
          this.render();
        }),
      );
    }
  }

  group(groupId?: unknown, traits?: unknown): void {
    if (groupId === undefined || groupId === null || groupId === "")
      return this.warn("cairn.group needs an account id.");
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
    if (this.checklist.track(event, props)) {
      this.render();
      settled = () => this.client?.refresh(500);
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
    // Another page of a single-page app: other controls under the panel, maybe room where there was none.
    this.checklist.newPage();
    this.checklistChunk?.fit();
    if (this.state) this.askSurvey({ type: "page_load" });
  }

  /** On log-out: forgets the user and account and starts a new anonymous id. */
  reset(): void {
    void this.queue?.flush();
    void this.voiceQueue?.flush();
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

  safely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      console.error("[cairn]", e);
    }
  }

  private browserLocale(): string {
    return this.win.navigator.language || "en";
  }

  private saveWho(): void {
    const { anonymousId: a, userId: u, groupId: g, userHash: h } = this.who;
    writeJson(this.store, KEY.user, { a, u, g, h });
  }

  emit(call: Call, urgent = false, settled?: () => void): void {
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

  private session(): ReturnType<Kit["session"]> {
    const { identified: userId, writeKey, host, state } = this;
    const userHash = this.who.userHash ?? undefined;
    return userId && writeKey && state ? { userId, userHash, writeKey, host, state } : null;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const hide = () => {
      this.queue?.flushBeacon();
      this.voiceQueue?.flushBeacon();
    };
    this.doc.addEventListener("visibilitychange", () => {
      if (this.doc.visibilityState === "hidden") return hide();
      this.queue?.resume();
      this.voiceQueue?.resume();
      this.client?.resume();
    });
    this.win.addEventListener("pagehide", () => {
      // An answer not sent yet is queued before the beacon takes the queue.
      this.safely(() => this.voice?.survey.pagehide());
      hide();
    });
    this.win.addEventListener("online", () => {
      this.queue?.retryNow();
      this.voiceQueue?.retryNow();
    });
    if (!this.doc.body) this.doc.addEventListener("DOMContentLoaded", () => this.render());
  }

  private forgetState(): void {
    this.client?.stop();
    // Another person, or a log-out: an answer already begun is still this user's (sent while
    // the session is still theirs).
    this.voice?.survey.forget();
    this.voice?.feedback.forget();
    this.state = null;
    this.checklist.forget();
    this.ui?.destroy();
    this.ui = null;
  }

  private receive(server: WidgetState): void {
    if (!this.identified) return;
    const first = !this.state;
    this.state = this.checklist.receive(server);
    this.render();
    // After the launcher is on screen: page-load surveys are asked for on every page, and the
    // feedback button (on by default) shows as soon as the chunk is here.
    if (first) this.askSurvey({ type: "page_load" });
  }

  /** Hands the trigger to the voice chunk, loading it first if need be (retried until it comes);
   * the page is the one the trigger fired on. */
  private askSurvey(trigger: SurveyTriggerContext): void {
    const userId = this.identified;
    const href = this.win.location.href;
    void this.env.chunks.load("voice").then((make) =>
      this.safely(() => {
        if (!this.voice) {
          this.voice = (make as (kit: Kit) => VoiceChunk)(this.kit());
          this.render();
        }
        if (userId === this.identified) this.voice.survey.ask(trigger, href);
      }),
    );
  }

  private kit(): Kit {
    return {
      doc: this.doc,
      win: this.win,
      h: (tag, attrs, children) => h(this.doc, tag, attrs, children),
      uuid,
      render: (focus) => this.render(focus),
      safely: (fn) => this.safely(fn),
      session: () => this.session(),
      queue: () => this.voiceQueue,
      screen: () => this.checklist.shown,
      closeChecklist: () => this.checklist.closePanel(),
      addStyles: (css) => this.styles.push(css),
    };
  }

  /** The checklist chunk, once loaded (the checklist draws its panel with it). */
  panel(): ChecklistChunk | null {
    return this.checklistChunk;
  }

  /** Used by the checklist: its panel opening closes the feedback panel. */
  closeFeedback(): void {
    this.voice?.feedback.hide();
  }

  /** Rebuilds the widget; `focus` is a selector to move the focus to. Returns true when the
   * focus was inside the widget and the element holding it is gone. */
  render(focus: string | null = null): boolean {
    const s = this.state;
    if (!s || !this.identified || !this.doc.body) return false;
    const { survey, feedback } = this.voice ?? {};
    const fb = s.feedback;
    const locale = pickLocale(s.user.locale, this.browserLocale());
    const feedbackOpen = Boolean(feedback?.isOpen());
    const fbDocked = fb?.position === "bottom-right";
    const checklist = this.checklist.part(locale, fbDocked, feedbackOpen);
    const docked = Boolean(this.checklist.shown.checklist || fbDocked);
    if (!this.ui) {
      if (!checklist && !fb && !survey?.hasCard()) {
        // Nothing on screen yet, but a survey may be due: asking creates the UI when one comes.
        survey?.settle();
        return false;
      }
      this.ui = createUi(
        this.doc,
        this.styles,
        (zone) => this.safely(() => this.escape(zone)),
        () => {
          try {
            this.win.performance?.mark?.("cairn:launcher");
          } catch {
            // User Timing is optional
          }
        },
      );
    }
    const frame = { locale, state: s, docked, covered: this.checklist.shown.panel || feedbackOpen };
    // A feedback tab on the right edge moves the cards and the panel off it.
    const lost = this.ui.render(
      [survey?.part(frame), feedback?.part(frame), checklist],
      `root fb-${fb?.position}`,
      focus,
    );
    this.checklist.markSeen();
    this.checklistChunk?.fit();
    survey?.settle();
    return lost;
  }

  private escape(zone: string | null): void {
    if (zone === "s") this.voice?.survey.escape();
    else if (zone === "f") this.voice?.feedback.escape();
    else this.checklist.close();
  }
}
