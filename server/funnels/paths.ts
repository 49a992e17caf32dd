import { resolvePeriod, type ResolvedPeriod } from "../calendar/report-period";
import { matchFunnel, type FunnelHit, type FunnelPath } from "../analytics/metrics/funnel";
import { andAccountInPopulation, andInPopulation, populationOf, traitConditionSql } from "../analytics/population";
import { int } from "../analytics/queries/activity-days";
import type { SqlDialect } from "../sql/dialect";
import { join, raw, sql, type Sql } from "../sql/fragments";
import type { ReportArgs } from "../sql/report-args";
import { tenantSql } from "../sql/tenant-sql";
import type { TFunnelReportInput, TFunnelStep } from "./schemas";

// Funnels read raw events: the window is in hours, which no daily rollup can answer. One statement
// fetches, for the subjects who did step 1 in the period, every call of a step's event from the
// period's start to its end plus the window, as (subject, epoch ms, step mask); the mask is
// computed in SQL so property conditions never leave the database. The index Event(workspaceId,
// name, timestamp, endUserId, accountId) covers both the entrants and the calls (no table read
// unless a step has a property condition), and the rows come unsorted: sorting a quarter of a
// million rows by subject cost SQLite more than reading them, and each subject's few calls sort in
// TypeScript for nothing. Names are unique across types ($page, $identify are system names), so no
// type filter is needed, and a type filter would leave the index.

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
      AND ${raw(`f."${subjectColumn}"`)} IS NOT NULL${inPopulation}`;
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
  // One row: every call as "subject,ms,mask" joined by ";" (subjects are our ids: no comma or
  // semicolon in them). A quarter of a million rows cost more
  // to hand through the driver one by one than to read; one text of them costs a split.
  const [row] = await tenantSql(args.db, ws).query<{ a: string | null }[]>(sql`
    SELECT ${d.stringAgg(sql`x."s" || ',' || CAST(x."t" AS TEXT) || ',' || CAST(x."m" AS TEXT)`, ";")} AS "a" FROM (
      SELECT ${subject} AS "s", ${d.epochMs('e."timestamp"')} AS "t", ${maskSql(d, input.steps)} AS "m"
      FROM "Event" e
      WHERE e."workspaceId" = ${ws} AND e."name" IN (${join(names)})
        AND e."timestamp" >= ${d.dateValue(scope.period.fromAt)} AND e."timestamp" <= ${d.dateValue(until)}
        AND ${subject} IN (${scope.entrants})
    ) x WHERE x."m" > 0`);

  const bySubject = new Map<string, FunnelHit[]>();
  for (const call of row?.a ? row.a.split(";") : []) {
    const [s, t, m] = call.split(",");
    const hit = { t: Number(t), mask: Number(m) };
    const hits = bySubject.get(s!);
    if (hits) hits.push(hit);
    else bySubject.set(s!, [hit]);
  }
  const from = scope.period.fromAt.getTime();
  const to = scope.period.toAt.getTime() - 1;
  const paths = new Map<string, FunnelPath>();
  for (const [subject, hits] of bySubject) {
    hits.sort((a, b) => a.t - b.t);
    paths.set(subject, matchFunnel(hits, input.steps.length, windowMs, from, to));
  }
  return paths;
}
