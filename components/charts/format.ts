// Number and date formatters for chart axes, labels and tooltips. Pure, unit-tested
// (tests/unit/chart-format.test.ts).

const MINUS = "\u2212";

/** A fraction as a percentage: 0.4567 → "45.7%" (digits = 1), "n/a" for null or NaN. */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "n/a";
  const factor = 10 ** digits;
  const rounded = Math.round(fraction * 100 * factor) / factor;
  const text = Math.abs(rounded).toFixed(digits);
  return `${rounded < 0 ? MINUS : ""}${text}%`;
}

/** An axis tick for a fraction: whole percentages, "0%", "25%", "100%". */
export function percentTick(fraction: number): string {
  return formatPercent(fraction, 0);
}

/** An axis tick already in percent (0–100): "25%". */
export function percentValueTick(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** A compact count for ticks: 950 → "950", 12_300 → "12.3k", 2_500_000 → "2.5M". */
export function compactTick(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : "";
  if (abs >= 1e6) return `${sign}${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}${trim(abs / 1e3)}k`;
  return `${sign}${trim(abs)}`;
}

/** A signed number with a true minus sign: +5, −3.1, 0. Whole numbers keep no decimals. */
export function signedTick(v: number): string {
  const text = Math.abs(v).toFixed(Number.isInteger(v) ? 0 : 1);
  return `${v > 0 ? "+" : v < 0 ? MINUS : ""}${text}`;
}

/** A day "YYYY-MM-DD" as "Nov 3" (read as a calendar date, not shifted by a time zone). */
export function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
}

function trim(n: number): string {
  return String(Math.round(n * 10) / 10);
}
