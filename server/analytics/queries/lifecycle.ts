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
 * before the period), each classified against its previous interval and its first-seen day; two
 * set-based parts, one for the active states and one for the dormant, counted per interval.
 */
export async function getLifecycleReport(args: ActivityReportArgs<TLifecycleInput>): Promise<TLifecycleReport> {
  const { period, scope } = await activityScopeOf(args);
  const g = args.input.granularity;
  const { previous, intervals } = lifecycleIntervals(period.fromDay, period.toDay, g);
  const bucket = (column: string) => bucketOf(column, g, period.fromDay, previous, intervals);
  const last = intervals.length - 1;
  const rows = await tenantSql(args.db, args.workspace.id).query<
    { b: unknown; new: unknown; current: unknown; resurrected: unknown; dormant: unknown }[]
  >(sql`
    WITH "a" AS (
      SELECT DISTINCT x."subject" AS "subject", ${bucket('x."day"')} AS "b"
      FROM (${activityDays(scope, previous.fromDay, period.toDay)}) x
      WHERE x."day" <= ${int(previous.toDay)} OR x."day" >= ${int(period.fromDay)}
    ),
    "f" AS (${firstSeen(scope)}),
    "s" AS (
      SELECT cur."b" AS "b",
        CASE WHEN f."firstDay" IS NOT NULL AND f."firstDay" <= ${int(period.toDay)} AND ${bucket('f."firstDay"')} = cur."b" THEN 1 ELSE 0 END AS "isNew",
        CASE WHEN p."subject" IS NULL THEN 0 ELSE 1 END AS "before"
      FROM "a" cur
      LEFT JOIN "a" p ON p."subject" = cur."subject" AND p."b" = cur."b" - 1
      LEFT JOIN "f" f ON f."subject" = cur."subject"
      WHERE cur."b" >= 0
    )
    SELECT s."b" AS "b", CAST(SUM(s."isNew") AS INTEGER) AS "new",
      CAST(SUM((1 - s."isNew") * s."before") AS INTEGER) AS "current",
      CAST(SUM((1 - s."isNew") * (1 - s."before")) AS INTEGER) AS "resurrected", 0 AS "dormant"
    FROM "s" s GROUP BY s."b"
    UNION ALL
    SELECT p."b" + 1, 0, 0, 0, CAST(COUNT(*) AS INTEGER)
    FROM "a" p LEFT JOIN "a" n ON n."subject" = p."subject" AND n."b" = p."b" + 1
    WHERE n."subject" IS NULL AND p."b" >= -1 AND p."b" < ${int(last)}
    GROUP BY p."b"`);

  const counts: LifecycleCounts[] = intervals.map(() => ({ new: 0, current: 0, resurrected: 0, dormant: 0 }));
  for (const r of rows) {
    const c = counts[num(r.b)];
    if (!c) continue;
    c.new += num(r.new);
    c.current += num(r.current);
    c.resurrected += num(r.resurrected);
    c.dormant += num(r.dormant);
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
