// Airtouch's only channel to Cairn: window.cairn, defined by the snippet. Calls made while it is
// missing are dropped (the snippet, not the host, queues). Every call is also kept in a small
// in-page log that the demo shows ("Cairn calls"), so people and tests can see what was sent.

type CairnFn = (...args: unknown[]) => unknown;
type CairnGlobal = { identify?: CairnFn; group?: CairnFn; track?: CairnFn; page?: CairnFn; reset?: CairnFn };

export type CairnMethod = "identify" | "group" | "track" | "page" | "reset";
export type CairnCallRecord = { seq: number; at: string; method: CairnMethod; args: unknown[]; delivered: boolean };

const MAX_LOG = 50;
let log: CairnCallRecord[] = [];
let seq = 0;
const listeners = new Set<() => void>();

function cairnGlobal(): CairnGlobal | undefined {
  return (window as unknown as { cairn?: CairnGlobal }).cairn;
}

function record(method: CairnMethod, args: unknown[], delivered: boolean): void {
  log = [{ seq: ++seq, at: new Date().toISOString(), method, args, delivered }, ...log].slice(0, MAX_LOG);
  for (const listener of listeners) listener();
}

function call(method: CairnMethod, args: unknown[]): void {
  let delivered = false;
  try {
    const c = cairnGlobal();
    const fn = c?.[method];
    if (typeof fn === "function") {
      fn.apply(c, args);
      delivered = true;
    }
  } catch (error) {
    // The guest must never break the host.
    console.warn(`[airtouch] window.cairn.${method} threw`, error);
  }
  record(method, args, delivered);
}

export const cairn = {
  identify: (userId: string, traits: Record<string, unknown>) => call("identify", [userId, traits]),
  group: (accountId: string, traits: Record<string, unknown>) => call("group", [accountId, traits]),
  track: (event: string, properties: Record<string, unknown> = {}) => call("track", [event, properties]),
  /** Segment's page([name], [properties]); the snippet adds url, path, referrer and search. */
  page: (name?: string, properties: Record<string, unknown> = {}) =>
    call("page", name === undefined ? [] : [name, properties]),
  /** Forget the current user (on "Switch user"), where the runtime offers it (Segment's reset). */
  reset: () => call("reset", []),
};

export function isCairnPresent(): boolean {
  return typeof window !== "undefined" && cairnGlobal() !== undefined;
}

export function subscribeCairnLog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function cairnLogSnapshot(): CairnCallRecord[] {
  return log;
}

const EMPTY: CairnCallRecord[] = [];
export function cairnLogServerSnapshot(): CairnCallRecord[] {
  return EMPTY;
}
