/** A Server-Timing header built from consecutive marks: each phase lasts from the previous mark
 * (or the start) to its own, e.g. `read-auth;dur=1.2, validate;dur=0.4, write;dur=12.9`. It lets
 * operators (and bench:ingest) see where a request's time goes. */
export type ServerTiming = {
  /** Ends the phase running since the previous mark, under this name. */
  mark(phase: string): void;
  header(): Record<string, string>;
};

export function startServerTiming(started = performance.now()): ServerTiming {
  let last = started;
  const phases: string[] = [];
  return {
    mark(phase) {
      const now = performance.now();
      phases.push(`${phase};dur=${(now - last).toFixed(1)}`);
      last = now;
    },
    header(): Record<string, string> {
      return phases.length > 0 ? { "Server-Timing": phases.join(", ") } : {};
    },
  };
}
