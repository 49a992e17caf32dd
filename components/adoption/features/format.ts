// How the feature adoption pages print numbers; "n/a" wherever a metric has no value.

export const NA = "n/a";

export function formatPercent(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined ? NA : `${(v * 100).toFixed(digits)}%`;
}

export function formatNumber(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined) return NA;
  return Number.isInteger(v) ? v.toLocaleString("en-US") : v.toFixed(digits);
}

export function formatDays(v: number | null | undefined): string {
  if (v === null || v === undefined) return NA;
  const rounded = Math.round(v * 10) / 10;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

/** A histogram bucket as a label: "1–2", "20+". */
export function bucketLabel(b: { from: number; to: number | null }): string {
  return b.to === null
    ? `${b.from}+`
    : b.to - b.from === 1 && Number.isInteger(b.from)
      ? `${b.from}`
      : `${b.from}–${b.to}`;
}

export function unitNoun(unit: "users" | "accounts"): string {
  return unit === "accounts" ? "accounts" : "users";
}
