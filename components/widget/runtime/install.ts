// Turns the loader's stub (window.cairn with a queue of calls) into the real API, in place, so
// references the host kept to window.cairn stay valid, then replays the queued calls in order.

export const API_METHODS = ["load", "identify", "group", "track", "page", "reset"] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** What the snippet and the loader leave on window.cairn before the runtime arrives. */
export type Stub = {
  _q?: [string, unknown[]][];
  /** The Cairn host the loader came from. */
  _h?: string;
  /** Set once the runtime is installed. */
  _r?: number;
  [method: string]: unknown;
};

export type Api = Record<ApiMethod, (...args: unknown[]) => void>;

export function installApi(stub: Stub, api: Api, onError: (e: unknown) => void): void {
  if (stub._r) return;
  stub._r = 1;
  for (const m of API_METHODS) {
    stub[m] = (...args: unknown[]) => {
      try {
        api[m](...args);
      } catch (e) {
        onError(e);
      }
    };
  }
  const queued = Array.isArray(stub._q) ? stub._q : [];
  delete stub._q;
  // load first, whatever the order it was called in, so every call has a key to travel with.
  const ordered = queued.filter((c) => c[0] === "load").concat(queued.filter((c) => c[0] !== "load"));
  for (const call of ordered) {
    const fn = stub[call?.[0]];
    if (Array.isArray(call) && API_METHODS.includes(call[0] as ApiMethod) && typeof fn === "function")
      fn(...(Array.isArray(call[1]) ? call[1] : []));
  }
}

/** The Cairn host a script was served from: its URL up to "/sdk/". */
export function hostOf(src: string | null | undefined): string | null {
  if (!src) return null;
  const i = src.lastIndexOf("/sdk/");
  return i > 0 ? src.slice(0, i) : null;
}
