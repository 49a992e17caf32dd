import type { WidgetState } from "../../../server/contract/widget-protocol";
import { backoffDelay } from "./backoff";

// Fetches GET /api/v1/widget for the identified user, then again every state.pollAfterMs while
// the page is visible (docs/decisions/widget-delivery.md: polling, not push).

export type StateFetch = (
  url: string,
  init: { headers: Record<string, string>; credentials: "omit" },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export type StateClientOptions = {
  host: string;
  writeKey: string;
  fetch: StateFetch;
  onState: (state: WidgetState) => void;
  isHidden: () => boolean;
  now: () => number;
  random: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (id: unknown) => void;
  log: (message: string) => void;
};

export const MIN_POLL_MS = 2_000;
export const DEFAULT_POLL_MS = 60_000;

export function widgetUrl(host: string, userId: string, locale: string, userHash?: string | null): string {
  return `${host}/api/v1/widget?userId=${encodeURIComponent(userId)}&locale=${encodeURIComponent(locale)}${userHash ? `&userHash=${encodeURIComponent(userHash)}` : ""}`;
}

/** The server's pollAfterMs, kept within sane bounds (a 0 or a typo must not hammer it). */
export function pollDelay(pollAfterMs: unknown): number {
  const n = typeof pollAfterMs === "number" && Number.isFinite(pollAfterMs) ? pollAfterMs : DEFAULT_POLL_MS;
  return Math.min(24 * 3_600_000, Math.max(MIN_POLL_MS, n));
}

export function isWidgetState(v: unknown): v is WidgetState {
  const s = v as WidgetState | null;
  return Boolean(s && typeof s === "object" && s.user && Array.isArray(s.checklists));
}

export class StateClient {
  private userId: string | null = null;
  private userHash: string | null | undefined = null;
  private locale = "en";
  private timer: unknown = null;
  private dueAt = 0;
  private seq = 0;
  private failures = 0;
  private stopped = false;
  private busy = false;
  private again = false;

  constructor(private readonly o: StateClientOptions) {}

  /** Starts (or switches to) a user: fetches at once. `userHash`: the host's signature of userId. */
  setUser(userId: string, locale: string, userHash?: string | null): void {
    const changed = userId !== this.userId;
    this.userId = userId;
    this.userHash = userHash;
    this.locale = locale;
    this.stopped = false;
    if (changed) {
      this.seq++;
      this.failures = 0;
      this.busy = false;
      this.refresh(0);
    }
  }

  /** Fetches again after `delay` ms (sooner if already planned sooner). */
  refresh(delay = 0): void {
    if (!this.userId || this.stopped) return;
    const at = this.o.now() + delay;
    if (this.timer !== null && this.dueAt <= at) return;
    this.clear();
    this.dueAt = at;
    this.timer = this.o.setTimer(() => {
      this.timer = null;
      void this.fetchNow();
    }, delay);
  }

  /** Back from a hidden tab: fetch if a poll came due meanwhile. */
  resume(): void {
    if (this.timer === null && this.userId && !this.stopped && !this.busy) this.refresh(0);
  }

  stop(): void {
    this.stopped = true;
    this.userId = null;
    this.seq++;
    this.clear();
  }

  private clear(): void {
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }

  private async fetchNow(): Promise<void> {
    const userId = this.userId;
    if (!userId || this.stopped) return;
    // Hidden pages don't poll; resume() picks up when the user comes back.
    if (this.o.isHidden()) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    const seq = this.seq;
    let status = 0;
    let body: unknown = null;
    try {
      const res = await this.o.fetch(widgetUrl(this.o.host, userId, this.locale, this.userHash), {
        headers: { "X-Write-Key": this.o.writeKey },
        credentials: "omit",
      });
      status = res.status;
      body = await res.json().catch(() => null);
    } catch {
      status = 0;
    }
    if (seq !== this.seq) return; // the user changed meanwhile: a newer fetch is on its way
    this.busy = false;
    if (status >= 200 && status < 300 && isWidgetState(body)) {
      this.failures = 0;
      this.o.onState(body);
      const again = this.again;
      this.again = false;
      this.refresh(again ? 0 : pollDelay(body.pollAfterMs));
    } else if (status === 0 || status === 429 || status >= 500) {
      this.failures++;
      this.refresh(backoffDelay(this.failures, this.o.random(), 2000, 5 * 60_000));
    } else {
      // A wrong key or a server without the endpoint: say so once, stop until the next identify.
      const error = (body as { error?: { message?: string } } | null)?.error?.message;
      this.o.log(`[cairn] could not load the widget (HTTP ${status})${error ? `: ${error}` : "."}`);
      this.stopped = true;
      this.userId = null;
    }
  }
}
