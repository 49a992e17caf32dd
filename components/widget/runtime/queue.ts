import { backoffDelay, outcomeOf, retryAfterMs } from "./backoff";
import type { Message } from "./messages";
import { keysWithPrefix, readJson, removeKey, writeJson, type StorageLike } from "./storage";

// The message queue: batches to an endpoint (events to POST /api/v1/batch, survey answers and
// feedback to POST /api/v1/responses: two instances), keeps every unsent message in localStorage
// (so a reload or a crash loses nothing), retries with backoff, and hands what is left to
// sendBeacon when the page is hidden or unloaded. The server dedupes by messageId, so the rule
// is "send again when unsure": a message may be sent twice, never stored twice, never lost.
// docs/decisions/widget-delivery.md explains the choices.

export type FetchResponse = { status: number; headers: { get(name: string): string | null }; json(): Promise<unknown> };
export type FetchLike = (
  url: string,
  init: { method: "POST"; headers: Record<string, string>; body: string; credentials: "omit" },
) => Promise<FetchResponse>;

/** Anything the queue can carry: the server dedupes by messageId. */
export type Queued = { messageId: string };

export type QueueOptions = {
  /** `${host}/api/v1/batch` or `${host}/api/v1/responses` */
  endpoint: string;
  writeKey: string;
  storage: StorageLike;
  fetch: FetchLike;
  /** navigator.sendBeacon bound to navigator, or null where it is missing. */
  sendBeacon: ((url: string, data: Blob) => boolean) | null;
  now: () => number;
  random: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  /** Real errors only (a refused batch); the runtime maps it to console.warn. */
  log: (message: string, detail?: unknown) => void;
  /** Unique per page load: the storage key this queue owns. */
  tabId: string;
  flushIntervalMs?: number;
  flushAt?: number;
  maxBatch?: number;
  maxBatchBytes?: number;
  maxBeaconBytes?: number;
  maxQueued?: number;
  /** Another page's entry untouched this long belongs to a closed page: adopt its messages. */
  staleMs?: number;
};

/** What a queue keeps in localStorage under `cairn_q_<tabId>` (k: write key, e: endpoint). */
export type StoredQueue<M extends Queued = Message> = { k: string; e: string; t: number; m: M[] };

export const QUEUE_PREFIX = "cairn_q_";

/** UTF-8 length of a string without allocating (the server's limits are in bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The body of a batch: writeKey inside, so it works without headers (sendBeacon, text/plain). */
export function batchBody(batch: unknown[], writeKey: string, sentAt: Date): string {
  return JSON.stringify({ batch, writeKey, sentAt: sentAt.toISOString() });
}

/** Splits messages into consecutive groups of at most `maxCount` and about `maxBytes` each
 * (a single message larger than maxBytes travels alone; the server judges it). */
export function chunk<M>(messages: M[], maxCount: number, maxBytes: number): M[][] {
  const out: M[][] = [];
  let cur: M[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = utf8Length(JSON.stringify(m)) + 1;
    if (cur.length > 0 && (cur.length >= maxCount || bytes + size > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(m);
    bytes += size;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

export class Queue<M extends Queued = Message> {
  private items: M[] = [];
  private readonly o: Required<QueueOptions>;
  private readonly key: string;
  private timer: unknown = null;
  private timerAt = 0;
  private adoptTimer: unknown = null;
  private inflight: Promise<void> | null = null;
  private attempts = 0;
  private retryAt = 0;
  private limit: number;
  /** Handed to sendBeacon while the page is hidden: not sent again until it is visible. */
  private beaconed = new Set<string>();
  private waiters = new Map<string, (() => void)[]>();
  private stopped = false;
  private warnedFull = false;
  private warnedStorage = false;

  constructor(options: QueueOptions) {
    this.o = {
      flushIntervalMs: 1000,
      flushAt: 20,
      maxBatch: 100,
      maxBatchBytes: 400_000,
      maxBeaconBytes: 60_000,
      maxQueued: 1000,
      staleMs: 5000,
      ...options,
    };
    this.key = QUEUE_PREFIX + this.o.tabId;
    this.limit = this.o.maxBatch;
    this.adopt();
    if (this.items.length > 0) this.schedule(0);
  }

  get size(): number {
    return this.items.length;
  }

  /** Messages waiting, oldest first (a copy). */
  pending(): M[] {
    return this.items.slice();
  }

  enqueue(message: M, urgent = false): void {
    if (this.stopped) return;
    this.items.push(message);
    if (this.items.length > this.o.maxQueued) {
      const dropped = this.items.splice(0, this.items.length - this.o.maxQueued);
      for (const m of dropped) this.settle(m.messageId);
      if (!this.warnedFull)
        this.o.log(`[cairn] more than ${this.o.maxQueued} messages could not be sent; dropping the oldest.`);
      this.warnedFull = true;
    }
    this.persist();
    this.schedule(urgent || this.items.length >= this.o.flushAt ? 0 : this.o.flushIntervalMs);
  }

  /** Calls `fn` once the message has left the queue (stored by the server, or refused). */
  whenSettled(messageId: string, fn: () => void): void {
    if (!this.items.some((m) => m.messageId === messageId)) return fn();
    const list = this.waiters.get(messageId) ?? [];
    list.push(fn);
    this.waiters.set(messageId, list);
  }

  /** Sends now (waiting out a backoff in progress). Resolves when this attempt ends. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.inflight) return this.inflight;
    if (this.sendable().length === 0) return Promise.resolve();
    const wait = this.retryAt - this.o.now();
    if (wait > 0) {
      this.schedule(wait);
      return Promise.resolve();
    }
    this.clearTimer();
    this.inflight = this.send().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** The network is back (the `online` event): forget the backoff. */
  retryNow(): void {
    this.attempts = 0;
    this.retryAt = 0;
    this.schedule(0);
  }

  /** The page is being hidden or unloaded: hand everything to sendBeacon, keep it stored. */
  flushBeacon(): void {
    if (this.stopped || !this.o.sendBeacon) return;
    const messages = this.sendable();
    if (messages.length === 0) return;
    const sentAt = new Date(this.o.now());
    for (const group of chunk(messages, this.o.maxBatch, this.o.maxBeaconBytes)) {
      let ok = false;
      try {
        // text/plain is a CORS-safelisted type: no preflight, which a closing page could not wait for.
        ok = this.o.sendBeacon(
          this.o.endpoint,
          new Blob([batchBody(group, this.o.writeKey, sentAt)], { type: "text/plain;charset=UTF-8" }),
        );
      } catch {
        ok = false;
      }
      if (!ok) break;
      for (const m of group) this.beaconed.add(m.messageId);
    }
    this.persist();
  }

  /** The page is visible again: what went by beacon may not have arrived; send it again. */
  resume(): void {
    this.beaconed.clear();
    if (this.items.length > 0) this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    if (this.adoptTimer !== null) this.o.clearTimer(this.adoptTimer);
    this.adoptTimer = null;
  }

  private sendable(): M[] {
    return this.beaconed.size === 0 ? this.items : this.items.filter((m) => !this.beaconed.has(m.messageId));
  }

  private clearTimer(): void {
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    const now = this.o.now();
    const at = Math.max(now + delay, this.retryAt);
    if (this.timer !== null && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = this.o.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, at - now);
  }

  private async send(): Promise<void> {
    this.adopt();
    const batch = chunk(this.sendable(), this.limit, this.o.maxBatchBytes)[0];
    if (!batch) return;
    let status = 0;
    let retryAfter: string | null = null;
    let body: unknown = null;
    try {
      const res = await this.o.fetch(this.o.endpoint, {
        method: "POST",
        // text/plain + writeKey in the body: a "simple" CORS request, so no preflight round trip.
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        body: batchBody(batch, this.o.writeKey, new Date(this.o.now())),
        credentials: "omit",
      });
      status = res.status;
      retryAfter = res.headers.get("retry-after");
      body = await res.json().catch(() => null);
    } catch {
      status = 0;
    }
    if (this.stopped) return;
    const outcome = outcomeOf(status);
    if (outcome === "sent") {
      this.remove(batch);
      this.attempts = 0;
      this.retryAt = 0;
      this.limit = this.o.maxBatch;
      const rejected = (body as { rejected?: { messageId?: string; error?: string }[] } | null)?.rejected;
      if (Array.isArray(rejected) && rejected.length > 0)
        this.o.log(`[cairn] the server rejected ${rejected.length} message(s).`, rejected);
      if (this.sendable().length > 0) this.schedule(0);
    } else if (outcome === "retry") {
      this.attempts++;
      const delay = retryAfterMs(retryAfter, this.o.now()) ?? backoffDelay(this.attempts, this.o.random());
      this.retryAt = this.o.now() + delay;
      this.schedule(delay);
    } else if (outcome === "split" && batch.length > 1) {
      this.limit = Math.max(1, Math.floor(batch.length / 2));
      this.schedule(0);
    } else {
      this.remove(batch);
      const error = (body as { error?: { message?: string } } | null)?.error?.message;
      this.o.log(
        `[cairn] the server refused ${batch.length} message(s) (HTTP ${status}); they are dropped.${error ? ` ${error}` : ""}`,
      );
      if (this.sendable().length > 0) this.schedule(0);
    }
  }

  private remove(batch: M[]): void {
    const ids = new Set(batch.map((m) => m.messageId));
    this.items = this.items.filter((m) => !ids.has(m.messageId));
    this.persist();
    for (const id of ids) this.settle(id);
  }

  private settle(messageId: string): void {
    const list = this.waiters.get(messageId);
    if (!list) return;
    this.waiters.delete(messageId);
    for (const fn of list) {
      try {
        fn();
      } catch {
        // a waiter's failure is not the queue's
      }
    }
  }

  private persist(): void {
    if (this.items.length === 0) return removeKey(this.o.storage, this.key);
    const entry: StoredQueue<M> = { k: this.o.writeKey, e: this.o.endpoint, t: this.o.now(), m: this.items };
    if (!writeJson(this.o.storage, this.key, entry) && !this.warnedStorage) {
      this.warnedStorage = true;
      this.o.log("[cairn] localStorage is full or unavailable: unsent messages are kept in memory only.");
    }
  }

  /** Takes over the messages of pages that closed before sending them: only entries of the same
   * write key and endpoint, so the event queue never adopts survey answers or the reverse. */
  private adopt(): void {
    const now = this.o.now();
    let waiting = false;
    const known = new Set(this.items.map((m) => m.messageId));
    const adopted: M[] = [];
    const emptied: string[] = [];
    for (const key of keysWithPrefix(this.o.storage, QUEUE_PREFIX)) {
      if (key === this.key) continue;
      const entry = readJson<StoredQueue<M>>(this.o.storage, key);
      if (!entry || !Array.isArray(entry.m)) {
        removeKey(this.o.storage, key);
        continue;
      }
      if (entry.k !== this.o.writeKey || entry.e !== this.o.endpoint) continue;
      if (now - entry.t < this.o.staleMs) {
        waiting = true;
        continue;
      }
      for (const m of entry.m) {
        if (m && typeof m.messageId === "string" && !known.has(m.messageId)) {
          known.add(m.messageId);
          adopted.push(m);
        }
      }
      emptied.push(key);
    }
    if (adopted.length > 0) {
      this.items = adopted.concat(this.items);
      this.persist();
    }
    // Only once our copy is stored does the other page's entry go.
    for (const key of emptied) removeKey(this.o.storage, key);
    if (adopted.length > 0) this.schedule(0);
    if (waiting && this.adoptTimer === null && !this.stopped) {
      this.adoptTimer = this.o.setTimer(() => {
        this.adoptTimer = null;
        this.adopt();
      }, this.o.staleMs);
    }
  }
}
