// Display helpers for the activity reports: numbers and dates as the pages print them.

export const count = (n: number) => n.toLocaleString("en-US");

export function percent(fraction: number | null | undefined, digits = 1): string {
  return fraction === null || fraction === undefined ? "n/a" : `${(fraction * 100).toFixed(digits)}%`;
}

export function ratio(x: number | null): string {
  return x === null ? "n/a" : x.toFixed(2);
}

/** "Jan 7" for a YYYY-MM-DD calendar date (no time zone shift: it is already the workspace's day). */
export function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

export function span(from: string, to: string): string {
  return from === to ? shortDate(from) : `${shortDate(from)} – ${shortDate(to)}`;
}

/** A 0..1 share for a chart axis (null stays a gap). */
export const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
