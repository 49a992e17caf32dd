import { isoOfDay } from "../../calendar/day-number";
import { weekIndex } from "../../calendar/periods";
import { join, num, raw, sql, type Sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import type { TLifecycleInput, TLifecycleReport } from "../activity-schemas";
import {
  lifecycleIntervals,
  lifecycleOverall,
  lifecycleRow,
  type LifecycleCounts,
  type LifecycleGranularity,
} from "../metrics/lifecycle";
import type { DayRange } from "../metrics/retention";
import { activityDays, firstSeen, int } from "./activity-days";
import { activityScopeOf, type ActivityReportArgs } from "./report-scope";

/** The interval index of a day column: 0 = the period's first interval, −1 the one before it;
 * days before that are below −1 and days after the period at least the interval count. Days and
 * weeks are arithmetic on the day number; months are listed, since SQL has no calendar here. */
function bucketOf(
  column: string,
  g: LifecycleGranularity,
  fromDay: number,
  previous: DayRange,
  intervals: DayRange[],
): Sql {
  const col = raw(column);
  if (g === "day") return sql`(${col} - ${int(fromDay)})`;
  if (g === "week") return sql`((${col} + 3) / 7 - ${int(weekIndex(fromDay))})`;
  const arms = intervals.map((iv, i) => sql`WHEN ${col} <= ${int(iv.toDay)} THEN ${int(i)}`);
  return sql`(CASE WHEN ${col} < ${int(previous.fromDay)} THEN -2 WHEN ${col} <= ${int(previous.toDay)} THEN -1 ${join(arms, " ")} ELSE ${int(intervals.length)} END)`;
}

/**
 * Lifecycle per interval (metrics/lifecycle.ts): the subjects active per interval (with the one
 * before the period), each classified against its previous interval and its first-seen day, and
 * counted per interval in SQL.
 */
export async function getLifecycleReport(args: ActivityReportArgs<TLifecycleInput>): Promise<TLifecycleReport> {
  const { period, scope } = await activityScopeOf(args);
  const g = args.input.granularity;
  const { previous, intervals } = lifecycleIntervals(period.fromDay, period.toDay, g);
  const bucket = (column: string) => bucketOf(column, g, period.fromDay, previous, intervals);
  const last = intervals.length - 1;
  // One pass: each subject's active intervals in order, with the one before and after (window
  // functions, so no self-join). A row of interval b counts in b as current when the subject was
  // active in b − 1, else as returning (new or resurrected), and as dormant in b + 1 when its next
  // active interval is not b + 1. New ones are counted apart, joining only each subject's first
  // active interval to its first-seen day (a subject is new at most there): joining every row made
  // SQLite scan the first-seen set once per row (minutes at 1M events).
  const rows = await tenantSql(args.db, args.workspace.id).query<
    { b: unknown; new: unknown; current: unknown; returning: unknown; dormantNext: unknown }[]
  >(sql`
    WITH "l" AS MATERIALIZED (
      SELECT a."subject" AS "subject", a."b" AS "b",
        LAG(a."b") OVER (PARTITION BY a."subject" ORDER BY a."b") AS "prevB",
        LEAD(a."b") OVER (PARTITION BY a."subject" ORDER BY a."b") AS "nextB"
      FROM (
        SELECT DISTINCT x."subject" AS "subject", ${bucket('x."day"')} AS "b"
        FROM (${activityDays(scope, previous.fromDay, period.toDay)}) x
        WHERE x."day" <= ${int(previous.toDay)} OR x."day" >= ${int(period.fromDay)}
      ) a
    )
    SELECT l."b" AS "b", 0 AS "new",
      CAST(SUM(CASE WHEN l."b" >= 0 AND l."prevB" = l."b" - 1 THEN 1 ELSE 0 END) AS INTEGER) AS "current",
      CAST(SUM(CASE WHEN l."b" >= 0 AND (l."prevB" IS NULL OR l."prevB" <> l."b" - 1) THEN 1 ELSE 0 END) AS INTEGER) AS "returning",
      CAST(SUM(CASE WHEN l."nextB" IS NULL OR l."nextB" <> l."b" + 1 THEN 1 ELSE 0 END) AS INTEGER) AS "dormantNext"
    FROM "l" l GROUP BY l."b"
    UNION ALL
    SELECT l."b", CAST(COUNT(*) AS INTEGER), 0, 0, 0
    FROM "l" l JOIN (${firstSeen(scope)}) f ON f."subject" = l."subject"
    WHERE l."prevB" IS NULL AND l."b" >= 0 AND f."firstDay" <= ${int(period.toDay)} AND ${bucket('f."firstDay"')} = l."b"
    GROUP BY l."b"`);

  const counts: LifecycleCounts[] = intervals.map(() => ({ new: 0, current: 0, resurrected: 0, dormant: 0 }));
  for (const r of rows) {
    const b = num(r.b);
    const c = counts[b];
    if (c) {
      // A new subject has no earlier activity, so it is among the returning rows of its interval.
      c.new += num(r.new);
      c.current += num(r.current);
      c.resurrected += num(r.returning) - num(r.new);
    }
    if (b >= -1 && b < last) counts[b + 1]!.dormant += num(r.dormantNext);
  }
  return {
    from: period.from,
    to: period.to,
    unit: args.input.unit,
    granularity: g,
    intervals: intervals.map((iv, i) => ({
      from: isoOfDay(iv.fromDay),
      to: isoOfDay(iv.toDay),
      ...lifecycleRow(counts[i]!),
    })),
    overall: lifecycleOverall(counts),
  };
}
