// The report's plan and segment filters, applied to loaded rows (they read JSON traits, which the
// two databases query differently). Matching is the targeting's: case-insensitive, nested keys
// with dots (server/contract/match-where.ts).
import { matchesCondition } from "../../audience/condition";

export type FilterValues = { plan?: string; traitKey?: string; traitValue?: string };
type Traited = { userTraits: Record<string, unknown>; accountTraits: Record<string, unknown> | null };

/** plan: the row's account has the trait plan equal to it (rows without an account fail).
 * traitKey = traitValue: the user's trait equals it; traitKey alone: the user has that trait. */
export function matchesFilters(row: Traited, f: FilterValues): boolean {
  if (f.plan !== undefined) {
    if (
      row.accountTraits === null ||
      !matchesCondition(row.accountTraits, { key: "plan", op: "equals", value: f.plan })
    )
      return false;
  }
  if (f.traitKey !== undefined) {
    const c =
      f.traitValue !== undefined && f.traitValue !== ""
        ? ({ key: f.traitKey, op: "equals", value: f.traitValue } as const)
        : ({ key: f.traitKey, op: "exists" } as const);
    if (!matchesCondition(row.userTraits, c)) return false;
  }
  return true;
}

export { planOf, traitText } from "../../audience/traits";
