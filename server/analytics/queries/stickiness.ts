import { isoOfDay } from "../../calendar/day-number";
import { num, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import type { TStickinessInput, TStickinessReport } from "../activity-schemas";
import { activeDaysHistogram, MONTH_DAYS, runningActive, stickinessSeries } from "../metrics/stickiness";
import { activityDays, int } from "./activity-days";
import { activityScopeOf, type ActivityReportArgs } from "./report-scope";

/**
 * Stickiness (metrics/stickiness.ts). Distinct subjects active in the 1, 7 and 30 days ending on
 * each day, set-based: the statement counts active days per (day, days to the same subject's next
 * active day, capped at 30), a few thousand rows whatever the number of subjects, and
 * runningActive turns those into daily counts. Activity is read from 29 days before the period so
 * its first day sees a whole 30-day window.
 */
export async function getStickinessReport(args: ActivityReportArgs<TStickinessInput>): Promise<TStickinessReport> {
  const { period, scope } = await activityScopeOf(args);
  const { fromDay, toDay } = period;
  const lo = fromDay - (MONTH_DAYS - 1);
  const t = tenantSql(args.db, args.workspace.id);
  const [gaps, spread] = await Promise.all([
    t.query<{ day: unknown; gap: unknown; n: unknown }[]>(sql`
      SELECT g."day" AS "day", g."gap" AS "gap", CAST(COUNT(*) AS INTEGER) AS "n"
      FROM (
        SELECT l."day" AS "day",
          CASE WHEN l."next" IS NULL OR l."next" - l."day" > ${int(MONTH_DAYS)} THEN ${int(MONTH_DAYS)} ELSE l."next" - l."day" END AS "gap"
        FROM (
          SELECT x."day" AS "day", LEAD(x."day") OVER (PARTITION BY x."subject" ORDER BY x."day") AS "next"
          FROM (${activityDays(scope, lo, toDay)}) x
        ) l
      ) g
      GROUP BY g."day", g."gap"`),
    t.query<{ days: unknown; count: unknown }[]>(sql`
      SELECT s."days" AS "days", CAST(COUNT(*) AS INTEGER) AS "count"
      FROM (SELECT x."subject", COUNT(*) AS "days" FROM (${activityDays(scope, toDay - (MONTH_DAYS - 1), toDay)}) x
        GROUP BY x."subject") s
      GROUP BY s."days"`),
  ]);
  const counts = runningActive(
    gaps.map((r) => ({ day: num(r.day), gap: num(r.gap), n: num(r.n) })),
    lo,
    fromDay,
    toDay,
  );
  const series = stickinessSeries(fromDay, toDay, counts);
  const point = (p: (typeof series.daily)[number]) => ({
    from: isoOfDay(p.fromDay),
    to: isoOfDay(p.toDay),
    dau: p.dau,
    wau: p.wau,
    mau: p.mau,
    dauMau: p.dauMau,
    dauWau: p.dauWau,
    wauMau: p.wauMau,
  });
  const histogram = activeDaysHistogram(new Map(spread.map((r) => [num(r.days), num(r.count)])));
  return {
    from: period.from,
    to: period.to,
    unit: args.input.unit,
    daily: series.daily.map(point),
    weekly: series.weekly.map(point),
    average: series.average,
    activeDays: { from: isoOfDay(toDay - (MONTH_DAYS - 1)), to: period.to, ...histogram },
  };
}
