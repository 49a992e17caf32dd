import { isoOfDay } from "../../calendar/day-number";
import { AppError } from "../../errors";
import { num, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { TREND_PERIODS, type TRetentionInput, type TRetentionReport } from "../activity-schemas";
import { retentionFromCounts, retentionWindows, trendPeriods } from "../metrics/retention";
import { activityDays, int } from "./activity-days";
import { activityScopeOf, type ActivityReportArgs } from "./report-scope";

/**
 * Period retention (metrics/retention.ts) of the chosen period and of the periods of the same
 * length before it. One statement: each activity day falls in at most one window of one period
 * (a period is at least two windows long), so subjects are flagged per period and counted.
 */
export async function getRetentionReport(args: ActivityReportArgs<TRetentionInput>): Promise<TRetentionReport> {
  const { period, scope } = await activityScopeOf(args);
  const { fromDay, toDay } = period;
  const w = args.input.window;
  const windows = retentionWindows(fromDay, toDay, w);
  if (!windows) {
    throw new AppError(
      "BAD_REQUEST",
      `Retention over ${w}-day windows needs a period of at least ${2 * w} days; this one has ${toDay - fromDay + 1}.`,
      [{ path: "from", message: `At least ${2 * w} days` }],
    );
  }
  const length = toDay - fromDay + 1;
  const periods = trendPeriods(fromDay, toDay, TREND_PERIODS);
  const lo = periods[0]!.fromDay;
  // k = periods back from the current one; pos = days back from that period's last day.
  const k = sql`((${int(toDay)} - a."day") / ${int(length)})`;
  const pos = sql`((${int(toDay)} - a."day") - ${int(length)} * ${k})`;
  const rows = await tenantSql(args.db, args.workspace.id).query<
    { k: unknown; started: unknown; retained: unknown; ended: unknown }[]
  >(sql`
    SELECT f."k" AS "k", CAST(SUM(f."s") AS INTEGER) AS "started", CAST(SUM(f."s" * f."e") AS INTEGER) AS "retained",
      CAST(SUM(f."e") AS INTEGER) AS "ended"
    FROM (
      SELECT p."subject", p."k",
        MAX(CASE WHEN p."pos" >= ${int(length - w)} THEN 1 ELSE 0 END) AS "s",
        MAX(CASE WHEN p."pos" < ${int(w)} THEN 1 ELSE 0 END) AS "e"
      FROM (
        SELECT a."subject" AS "subject", ${k} AS "k", ${pos} AS "pos" FROM (${activityDays(scope, lo, toDay)}) a
      ) p
      WHERE p."pos" >= ${int(length - w)} OR p."pos" < ${int(w)}
      GROUP BY p."subject", p."k"
    ) f
    GROUP BY f."k"`);
  const byK = new Map(rows.map((r) => [num(r.k), r]));
  const trend = periods.map((p, i) => {
    const r = byK.get(TREND_PERIODS - 1 - i);
    return {
      from: isoOfDay(p.fromDay),
      to: isoOfDay(p.toDay),
      ...retentionFromCounts(num(r?.started), num(r?.retained), num(r?.ended)),
    };
  });
  return {
    from: period.from,
    to: period.to,
    window: w,
    unit: args.input.unit,
    startWindow: { from: isoOfDay(windows.start.fromDay), to: isoOfDay(windows.start.toDay) },
    endWindow: { from: isoOfDay(windows.end.fromDay), to: isoOfDay(windows.end.toDay) },
    current: trend[trend.length - 1]!,
    trend,
  };
}
