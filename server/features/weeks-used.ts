import { raw, sql, type Sql } from "../sql/fragments";

// FeatureUser.weeksUsed: bit k is set when the user used the feature in week k after their first
// use (days firstDay + 7k … firstDay + 7k + 6), k = 0 … DURATION_WEEKS. The duration curve then
// reads one row per adopter instead of joining every day of use to the first use (seconds at 1M
// events). Recomputed from FeatureUserDay, never incremented: a late event can move the first day,
// and with it every bit.

/** The last week after first use that the duration curve follows. */
export const DURATION_WEEKS = 12;

/** Whether bit `week` is set. */
export function usedInWeek(weeksUsed: number, week: number): boolean {
  return ((weeksUsed >> week) & 1) === 1;
}

/** The weeks whose bit is set, ascending. */
export function weeksOf(weeksUsed: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= DURATION_WEEKS; k++) if (usedInWeek(weeksUsed, k)) out.push(k);
  return out;
}

/** UPDATE of the weeksUsed of the FeatureUser rows of `workspaceId` that `where` selects (a
 * condition on "FeatureUser"), from their days of use. */
export function recomputeWeeksUsed(workspaceId: string, where: Sql): Sql {
  // SUM(DISTINCT 2^k) is the bitwise OR of the weeks: neither database has a portable BIT_OR.
  return sql`
    UPDATE "FeatureUser" SET "weeksUsed" = COALESCE((
      SELECT CAST(SUM(DISTINCT 1 << ((fd."day" - "FeatureUser"."firstDay") / 7)) AS INTEGER) FROM "FeatureUserDay" fd
      WHERE fd."workspaceId" = "FeatureUser"."workspaceId" AND fd."endUserId" = "FeatureUser"."endUserId"
        AND fd."featureId" = "FeatureUser"."featureId"
        AND fd."day" >= "FeatureUser"."firstDay" AND fd."day" < "FeatureUser"."firstDay" + ${raw(String(7 * (DURATION_WEEKS + 1)))}
    ), 0)
    WHERE "workspaceId" = ${workspaceId} AND ${where}`;
}
