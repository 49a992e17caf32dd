import { isoOfDay } from "../../calendar/day-number";
import { num, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { MAX_COHORT_WEEKS, type TCohortsInput, type TCohortsReport } from "../activity-schemas";
import { averageCurve, cohortLayout, cohortRow, type CohortCounts } from "../metrics/retention";
import { activityDays, firstSeen, int } from "./activity-days";
import { activityScopeOf, type ActivityReportArgs } from "./report-scope";

type Row = { kind: string; weekStart: unknown; personaId: string | null; n: unknown; count: unknown; last: unknown };

/**
 * Weekly cohort retention (metrics/retention.ts): cohorts by first-seen ISO week, the subjects
 * active in each week N after it, and how many have week N as their last active week (for "on or
 * after week N"), counted per cohort and persona in one statement (one pass over the activity: a
 * window function finds each subject's last week); the table and curves are assembled from counts.
 */
export async function getCohortsReport(args: ActivityReportArgs<TCohortsInput>): Promise<TCohortsReport> {
  const { period, scope } = await activityScopeOf(args);
  const { toDay } = period;
  const layout = cohortLayout(period.fromDay, toDay, MAX_COHORT_WEEKS);
  const ws = args.workspace.id;
  const rows: Row[] =
    layout.starts.length === 0
      ? []
      : await tenantSql(args.db, ws).query<Row[]>(sql`
    WITH "c" AS MATERIALIZED (
      SELECT f."subject" AS "subject", f."personaId" AS "personaId", f."firstDay" - ((f."firstDay" + 3) % 7) AS "weekStart"
      FROM (${firstSeen(scope)}) f
      WHERE f."firstDay" BETWEEN ${int(layout.firstStart)} AND ${int(toDay)}
    )
    SELECT 'size' AS "kind", c."weekStart" AS "weekStart", c."personaId" AS "personaId", 0 AS "n",
      CAST(COUNT(*) AS INTEGER) AS "count", 0 AS "last"
    FROM "c" c GROUP BY c."weekStart", c."personaId"
    UNION ALL
    SELECT 'weeks', w."weekStart", w."personaId", w."n", CAST(COUNT(*) AS INTEGER),
      CAST(SUM(CASE WHEN w."n" = w."lastN" THEN 1 ELSE 0 END) AS INTEGER)
    FROM (
      SELECT d."weekStart" AS "weekStart", d."personaId" AS "personaId", d."n" AS "n",
        MAX(d."n") OVER (PARTITION BY d."subject") AS "lastN"
      FROM (
        SELECT DISTINCT c."subject" AS "subject", c."personaId" AS "personaId", c."weekStart" AS "weekStart",
          (a."day" - c."weekStart") / 7 AS "n"
        FROM (${activityDays(scope, layout.firstStart, toDay)}) a JOIN "c" c ON c."subject" = a."subject"
        WHERE a."day" >= c."weekStart"
      ) d
    ) w
    GROUP BY w."weekStart", w."personaId", w."n"`);

  const personas =
    scope.unit === "users"
      ? await args.db.persona.findMany({
          where: { workspaceId: ws },
          select: { id: true, name: true },
          orderBy: { priority: "asc" },
        })
      : [];
  const countsOf = (keep: (r: Row) => boolean) => {
    const byWeek = new Map<number, CohortCounts & { on: Map<number, number>; lastWeek: Map<number, number> }>();
    for (const weekStart of layout.starts)
      byWeek.set(weekStart, { weekStart, size: 0, on: new Map(), lastWeek: new Map() });
    for (const r of rows) {
      const c = byWeek.get(num(r.weekStart));
      if (!c || !keep(r)) continue;
      const n = num(r.n);
      const count = num(r.count);
      if (r.kind === "size") c.size += count;
      else {
        if (n < layout.weeks) c.on.set(n, (c.on.get(n) ?? 0) + count);
        c.lastWeek.set(n, (c.lastWeek.get(n) ?? 0) + num(r.last));
      }
    }
    return [...byWeek.values()].map((c) => ({ ...c, cells: cohortRow(c, layout.weeks, toDay) }));
  };

  const all = countsOf(() => true);
  const personaGroups = [
    ...personas.map((p) => ({ personaId: p.id as string | null, name: p.name })),
    ...(scope.unit === "users" ? [{ personaId: null, name: "No persona" }] : []),
  ];
  return {
    from: period.from,
    to: period.to,
    unit: args.input.unit,
    weeks: layout.weeks,
    cohorts: all.map((c) => ({ weekStart: isoOfDay(c.weekStart), size: c.size, cells: c.cells })),
    average: averageCurve(all, layout.weeks),
    personas: personaGroups
      .map((p) => ({ ...p, rows: countsOf((r) => (r.personaId ?? null) === p.personaId) }))
      .filter((p) => p.rows.some((r) => r.size > 0))
      .map((p) => ({ personaId: p.personaId, name: p.name, curve: averageCurve(p.rows, layout.weeks) })),
  };
}
