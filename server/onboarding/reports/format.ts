// How report numbers read, shared by the impact sentence (server) and the report page (client).

const MINUS = "\u2212";

/** A difference of proportions (fraction) in percentage points, one decimal: "6.2", "−3.1",
 * "+9.4" with `signed`. Rounding to zero never shows a sign ("0.0", not "−0.0"). */
export function formatPp(fraction: number, opts: { signed?: boolean } = {}): string {
  const rounded = Math.round(fraction * 1000) / 10;
  if (rounded === 0) return "0.0";
  const text = Math.abs(rounded).toFixed(1);
  if (rounded < 0) return `${MINUS}${text}`;
  return opts.signed ? `+${text}` : text;
}

/** A rate (fraction) as a percentage with one decimal, "n/a" when undefined. */
export function formatRate(fraction: number | null): string {
  return fraction === null ? "n/a" : `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** "p = 0.065", "p < 0.001", "n/a". */
export function formatP(p: number | null): string {
  if (p === null) return "n/a";
  if (p < 0.001) return "p < 0.001";
  return `p = ${p.toFixed(3)}`;
}

/** A duration for people: "45 s", "12 min", "5.2 h", "3.4 days"; "n/a" when undefined. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "n/a";
  const seconds = ms / 1000;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = seconds / 60;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}
