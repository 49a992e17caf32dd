import type { VoiceMessage, WidgetState } from "../../../server/contract/widget-protocol";
import { Queue } from "./queue";
import { StateClient } from "./state-client";
import type { StorageLike } from "./storage";
import { uuid } from "./uuid";

// What travels between the page and Cairn for one write key and host: the event queue (POST
// /api/v1/batch), the voice queue (answers and feedback, POST /api/v1/responses) and the state
// client (GET /api/v1/widget), all on the page's timers. The core starts them at cairn.load(),
// whether or not any chunk ever loads (docs/decisions/widget-delivery.md).

export type Delivery = { queue: Queue; voiceQueue: Queue<VoiceMessage>; client: StateClient };

export type DeliveryOptions = {
  win: Window & typeof globalThis;
  store: StorageLike;
  writeKey: string;
  host: string;
  onState: (state: WidgetState) => void;
  log: (message: string, detail?: unknown) => void;
};

export function startDelivery({ win: w, store, writeKey, host, onState, log }: DeliveryOptions): Delivery {
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
    storage: store,
    fetch: (url: string, init: RequestInit) => w.fetch(url, init),
    sendBeacon:
      typeof w.navigator.sendBeacon === "function"
        ? (url: string, data: Blob) => w.navigator.sendBeacon(url, data)
        : null,
    now: Date.now,
    random: Math.random,
    log,
    ...timers,
  };
  return {
    queue: new Queue({ ...queueOptions, endpoint: `${host}/api/v1/batch`, tabId: tab }),
    // Its own storage entry (another key, another endpoint): neither queue adopts the other's.
    voiceQueue: new Queue<VoiceMessage>({ ...queueOptions, endpoint: `${host}/api/v1/responses`, tabId: `${tab}-v` }),
    client: new StateClient({
      host,
      writeKey,
      fetch: (url, init) => w.fetch(url, init),
      onState,
      isHidden: () => w.document.visibilityState === "hidden",
      now: Date.now,
      random: Math.random,
      log,
      ...timers,
    }),
  };
}
