import { resolvePeriod, type ResolvedPeriod } from "../calendar/report-period";
import { matchFunnel, type FunnelHit, type FunnelPath } from "../analytics/metrics/funnel";
import { andAccountInPopulation, andInPopulation, populationOf, traitConditionSql } from "../analytics/population";
import { int } from "../analytics/queries/activity-days";
import type { SqlDialect } from "../sql/dialect";
import { join, num, raw, sql, toDate, type Sql } from "../sql/fragments";
import type { ReportArgs } from "../sql/report-args";
import { tenantSql } from "../sql/tenant-sql";
import type { TFunnelReportInput, TFunnelStep } from "./schemas";

// Funnels read raw events: the window is in hours, which no daily rollup can answer. One statement
// fetches, for the subjects who did step 1 in the period, every call of a step's event from the
// period's start to its end plus the window, as (subject, time, step mask); the mask is computed in
// SQL so property conditions never leave the database. The index Event(workspaceId, name,
// timestamp) serves both the entrants and the calls.

const ACTIVITY = sql`e."type" IN ('track', 'page', 'screen')`;

function stepMatch(d: SqlDialect, step: TFunnelStep, alias: string): Sql {
  const parts = [sql`${raw(`${alias}."name" = `)}${step.event}`];
  for (const c of step.where) parts.push(traitConditionSql(d, `${alias}."properties"`, c));
  return join(parts, " AND ");
}

/** The step bits an event satisfies: Σ 2^i over the steps it matches. */
function maskSql(d: SqlDialect, steps: readonly TFunnelStep[]): Sql {
  return join(
    steps.map((s, i) => sql`CASE WHEN ${stepMatch(d, s, "e")} THEN ${int(2 ** i)} ELSE 0 END`),
    " + ",
  );
}

export type FunnelScope = { period: ResolvedPeriod; subjectColumn: string; entrants: Sql };

/** The period and the subjects who did step 1's event in it (a superset of those who entered:
 * step 1's property conditions are checked with the mask). */
export function funnelScope(args: ReportArgs<TFunnelReportInput>): FunnelScope {
  const { dialect: d, workspace, input } = args;
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  const ws = workspace.id;
  const subjectColumn = input.unit === "users" ? "endUserId" : "accountId";
  const population = populationOf(ws, input);
  const inPopulation =
    input.unit === "users"
      ? andInPopulation(d, population, 'f."endUserId"')
      : andAccountInPopulation(d, population, 'f."accountId"');
  const entrants = sql`SELECT DISTINCT ${raw(`f."${subjectColumn}"`)} FROM "Event" f
    WHERE f."workspaceId" = ${ws} AND f."name" = ${input.steps[0]!.event}
      AND f."timestamp" >= ${d.dateValue(period.fromAt)} AND f."timestamp" < ${d.dateValue(period.toAt)}
      AND f."type" IN ('track', 'page', 'screen') AND ${raw(`f."${subjectColumn}"`)} IS NOT NULL${inPopulation}`;
  return { period, subjectColumn, entrants };
}

/** Each subject's path through the funnel (subjects who did step 1's event in the period). */
export async function funnelPaths(
  args: ReportArgs<TFunnelReportInput>,
  scope: FunnelScope = funnelScope(args),
): Promise<Map<string, FunnelPath>> {
  const { dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const windowMs = input.windowHours * 3_600_000;
  const until = new Date(scope.period.toAt.getTime() + windowMs);
  const names = [...new Set(input.steps.map((s) => s.event))];
  const subject = raw(`e."${scope.subjectColumn}"`);
  const rows = await tenantSql(args.db, ws).query<{ s: string; t: unknown; m: unknown }[]>(sql`
    SELECT x."s" AS "s", x."t" AS "t", x."m" AS "m" FROM (
      SELECT ${subject} AS "s", e."timestamp" AS "t", e."id" AS "id", ${maskSql(d, input.steps)} AS "m"
      FROM "Event" e
      WHERE e."workspaceId" = ${ws} AND e."name" IN (${join(names)}) AND ${ACTIVITY}
        AND e."timestamp" >= ${d.dateValue(scope.period.fromAt)} AND e."timestamp" <= ${d.dateValue(until)}
        AND ${subject} IN (${scope.entrants})
    ) x WHERE x."m" > 0
    ORDER BY x."s", x."t", x."id"`);

  const from = scope.period.fromAt.getTime();
  const to = scope.period.toAt.getTime() - 1;
  const paths = new Map<string, FunnelPath>();
  let current: string | null = null;
  let hits: FunnelHit[] = [];
  const flush = () => {
    if (current !== null) paths.set(current, matchFunnel(hits, input.steps.length, windowMs, from, to));
  };
  for (const r of rows) {
    if (r.s !== current) {
      flush();
      current = r.s;
      hits = [];
    }
    hits.push({ t: toDate(r.t).getTime(), mask: num(r.m) });
  }
  flush();
  return paths;
}
