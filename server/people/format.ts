// Pure helpers of the Users and Accounts pages: search patterns, paging, traits and event
// properties as display rows, and day series with the empty days filled in.
import { isoOfDay } from "../calendar/day-number";

/** A case-insensitive substring pattern for `LOWER(x) LIKE ? ESCAPE '\'`: the search's own % and _
 * match literally. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** LIMIT and OFFSET of a 1-based page. */
export function pageBounds(page: number, pageSize: number): { limit: number; offset: number } {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}

/** A JSON value as one line of text: strings as they are, the rest as JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Every top-level trait as key/value text, by key. */
export function traitRows(traits: unknown): { key: string; value: string }[] {
  if (traits === null || typeof traits !== "object" || Array.isArray(traits)) return [];
  return Object.entries(traits as Record<string, unknown>)
    .map(([key, value]) => ({ key, value: displayValue(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const MAX_VALUE = 80;

/** The properties worth a glance in a timeline: the first `max` scalar ones in the order sent
 * (nested objects and arrays are left out), long values cut to 80 characters. */
export function keyProperties(properties: unknown, max = 5): { key: string; value: string }[] {
  if (properties === null || typeof properties !== "object" || Array.isArray(properties)) return [];
  const out: { key: string; value: string }[] = [];
  for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
    if (out.length >= max) break;
    if (value === null || typeof value === "object") continue;
    const text = String(value);
    out.push({ key, value: text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text });
  }
  return out;
}

/** A trait read as text (SQL jsonText): null when absent or empty. */
export function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text === "" ? null : text;
}

/** A trait read as a number (MRR): null when absent or not a finite number. */
export function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** One entry per day of [fromDay, toDay] (oldest first), the count of `rows` on that day or 0. */
export function daySeries(
  rows: readonly { day: number; count: number }[],
  fromDay: number,
  toDay: number,
): { day: string; count: number }[] {
  const byDay = new Map<number, number>();
  for (const r of rows) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.count);
  const out: { day: string; count: number }[] = [];
  for (let day = fromDay; day <= toDay; day++) out.push({ day: isoOfDay(day), count: byDay.get(day) ?? 0 });
  return out;
}
