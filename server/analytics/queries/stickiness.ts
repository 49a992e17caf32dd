import { isoOfDay } from "../../calendar/day-number";
import { num, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import type { TStickinessInput, TStickinessReport } from "../activity-schemas";
import { activeDaysHistogram, MONTH_DAYS, stickinessSeries, WEEK_DAYS, type ActiveCounts } from "../metrics/stickiness";
import { activityDays, int } from "./activity-days";
import { activityScopeOf, type ActivityReportArgs } from "./report-scope";

/**
 * Stickiness (metrics/stickiness.ts). Distinct subjects active in the 7 and 30 days ending on each
 * day, set-based: each active day a of a subject covers the days [a, a + width) up to its next
 * active day, so a subject's covers never overlap and the number of covers over a day is the
 * number of distinct subjects active in its window. The statement returns where covers start
 * (+1) and end (−1) per day; a running sum gives DAU, WAU and MAU.
 */
export async function getStickinessReport(args: ActivityReportArgs<TStickinessInput>): Promise<TStickinessReport> {
  const { period, scope } = await activityScopeOf(args);
  const { fromDay, toDay } = period;
  const lo = fromDay - (MONTH_DAYS - 1);
  const t = tenantSql(args.db, args.workspace.id);
  const coverEnd = (width: number) =>
    sql`CASE WHEN l."next" IS NOT NULL AND l."next" < l."day" + ${int(width)} THEN l."next" ELSE l."day" + ${int(width)} END`;
  const [deltas, spread] = await Promise.all([
    t.query<{ day: unknown; dau: unknown; wau: unknown; mau: unknown }[]>(sql`
      WITH "l" AS (
        SELECT x."subject" AS "subject", x."day" AS "day",
          LEAD(x."day") OVER (PARTITION BY x."subject" ORDER BY x."day") AS "next"
        FROM (${activityDays(scope, lo, toDay)}) x
      )
      SELECT d."day" AS "day", CAST(SUM(d."dau") AS INTEGER) AS "dau", CAST(SUM(d."wau") AS INTEGER) AS "wau",
        CAST(SUM(d."mau") AS INTEGER) AS "mau"
      FROM (
        SELECT l."day" AS "day", 1 AS "dau", 1 AS "wau", 1 AS "mau" FROM "l" l
        UNION ALL SELECT l."day" + 1, -1, 0, 0 FROM "l" l
        UNION ALL SELECT ${coverEnd(WEEK_DAYS)}, 0, -1, 0 FROM "l" l
        UNION ALL SELECT ${coverEnd(MONTH_DAYS)}, 0, 0, -1 FROM "l" l
      ) d
      WHERE d."day" <= ${int(toDay)}
      GROUP BY d."day"`),
    t.query<{ days: unknown; count: unknown }[]>(sql`
      SELECT s."days" AS "days", CAST(COUNT(*) AS INTEGER) AS "count"
      FROM (SELECT x."subject", COUNT(*) AS "days" FROM (${activityDays(scope, toDay - (MONTH_DAYS - 1), toDay)}) x
        GROUP BY x."subject") s
      GROUP BY s."days"`),
  ]);

  // Running sums from the first day read, so the period's first day sees its whole window.
  const sorted = deltas.map((r) => ({ day: num(r.day), dau: num(r.dau), wau: num(r.wau), mau: num(r.mau) }));
  const byDay = new Map(sorted.map((r) => [r.day, r]));
  const counts: ActiveCounts[] = [];
  const run = { dau: 0, wau: 0, mau: 0 };
  for (let day = lo; day <= toDay; day++) {
    const r = byDay.get(day);
    if (r) {
      run.dau += r.dau;
      run.wau += r.wau;
      run.mau += r.mau;
    }
    if (day >= fromDay) counts.push({ day, ...run });
  }
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
