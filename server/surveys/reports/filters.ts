// The report's plan and segment filters, applied to loaded rows (they read JSON traits, which the
// two databases query differently). Matching is the targeting's: case-insensitive, nested keys
// with dots (components/widget/runtime/condition.ts).
import { matchesCondition } from "../../segments/condition";

export type FilterValues = { plan?: string; traitKey?: string; traitValue?: string };
type Traited = { userTraits: Record<string, unknown>; accountTraits: Record<string, unknown> | null };

/** plan: the row's account has the trait plan equal to it (rows without an account fail).
 * traitKey = traitValue: the user's trait equals it; traitKey alone: the user has that trait. */
export function matchesFilters(row: Traited, f: FilterValues): boolean {
  if (f.plan !== undefined) {
    if (row.accountTraits === null || !matchesCondition(row.accountTraits, { key: "plan", op: "equals", value: f.plan })) return false;
  }
  if (f.traitKey !== undefined) {
    const c = f.traitValue !== undefined && f.traitValue !== "" ? ({ key: f.traitKey, op: "equals", value: f.traitValue } as const) : ({ key: f.traitKey, op: "exists" } as const);
    if (!matchesCondition(row.userTraits, c)) return false;
  }
  return true;
}

/** A trait value as a label: text as is, numbers and booleans as text, lists joined; null when
 * absent or empty. */
export function traitText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => traitText(v) ?? "").filter(Boolean).join(", ") || null;
  return JSON.stringify(value);
}

/** The account's plan (trait "plan"), or null. */
export function planOf(accountTraits: Record<string, unknown> | null): string | null {
  return accountTraits === null ? null : traitText(accountTraits.plan);
}
