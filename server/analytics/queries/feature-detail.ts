// One feature's adoption in a period (/adoption/features/[id]): the overview's measures for it
// (features-overview.ts) with their distributions, breakdowns by persona and by plan, and the
// accounts that adopted it.
import { isoOfDay } from "../../calendar/day-number";
import { resolvePeriod } from "../../calendar/report-period";
import { AppError } from "../../errors";
import { num, raw, sql, type Sql } from "../../sql/fragments";
import type { ReportArgs } from "../../sql/report-args";
import { tenantSql, type TenantSql } from "../../sql/tenant-sql";
import type { SqlDialect } from "../../sql/dialect";
import type { TBreakdownRow, TFeatureDetail, TFeatureDetailInput } from "../features-schemas";
import { breadth, frequency } from "../metrics/feature-adoption";
import { histogram } from "../metrics/histogram";
import { andAccountInPopulation, andInPopulation, populationOf, type Population } from "../population";
import { featureAccounts, featureUserDays, featureUsers, userDays, type Source } from "../sources";
import { loadFeatures, matrixMedians, measureFeatures, usageScopeOf, type FeatureRow } from "./features-overview";
import { selectFeatureTotals } from "./feature-usage";
import { quadrant } from "../metrics/feature-adoption";

/** Buckets of the depth histogram: uses per active day. */
export const DEPTH_EDGES = [0, 1, 2, 3, 5, 10, 20];
/** Buckets of the time-to-adopt histogram, in days. */
export const TIME_TO_ADOPT_EDGES = [0, 1, 2, 4, 8, 15, 29, 57];
/** Most accounts listed (the biggest users first). */
export const ACCOUNT_ROWS = 500;

type Ctx = {
  tsql: TenantSql;
  d: SqlDialect;
  ws: string;
  source: Source;
  feature: FeatureRow;
  population: Population;
  fromDay: number;
  toDay: number;
};

const int = (n: number) => sql`CAST(${n} AS INTEGER)`;

/** Active users and adopters in the period per value of `key` (an expression over the end user
 * `u` and their account `a`). Users only: a breakdown by persona is about people. */
async function breakdown(c: Ctx, key: Sql): Promise<{ key: string | null; active: number; adopters: number }[]> {
  // The distinct active users first, then one row each: grouping per (user, day) rows and joining
  // them to the adopters made SQLite rescan the adopters per row. `IN (subquery)` is built once.
  const rows = await c.tsql.query<{ key: string | null; active: unknown; adopters: unknown }[]>(sql`
    SELECT b."key" AS "key", CAST(COUNT(*) AS INTEGER) AS "active", CAST(SUM(b."adopted") AS INTEGER) AS "adopters"
    FROM (SELECT ${key} AS "key", CASE WHEN act."endUserId" IN (
          SELECT fd."endUserId" FROM ${featureUserDays(c.source, c.d, c.ws, [c.feature])} fd
          WHERE fd."workspaceId" = ${c.ws} AND fd."featureId" = ${c.feature.id}
            AND fd."day" BETWEEN ${int(c.fromDay)} AND ${int(c.toDay)}) THEN 1 ELSE 0 END AS "adopted"
      FROM (SELECT DISTINCT ud."endUserId" AS "endUserId" FROM ${userDays(c.source, c.ws)} ud
          WHERE ud."workspaceId" = ${c.ws} AND ud."day" BETWEEN ${int(c.fromDay)} AND ${int(c.toDay)}${andInPopulation(c.d, c.population, 'ud."endUserId"')}) act
        JOIN "EndUser" u ON u."workspaceId" = ${c.ws} AND u."id" = act."endUserId"
        LEFT JOIN "Account" a ON a."workspaceId" = u."workspaceId" AND a."id" = u."accountId") b
    GROUP BY b."key"`);
  return rows
    .map((r) => ({ key: r.key === null ? null : String(r.key), active: num(r.active), adopters: num(r.adopters) }))
    .sort((x, y) => y.active - x.active || String(x.key).localeCompare(String(y.key)));
}

/** Accounts that adopted the feature by the period's end (first use on or before it), biggest
 * users first: their first and last use and uses to date (FeatureAccount: the account an event
 * was sent with), and how many of their current users had used it by the period's end. */
async function adoptingAccounts(c: Ctx) {
  const rows = await c.tsql.query<Record<string, unknown>[]>(sql`
    SELECT fa."accountId" AS "accountId", a."externalId" AS "externalId", a."name" AS "name",
      fa."firstDay" AS "firstDay", fa."lastDay" AS "lastDay", CAST(fa."uses" AS INTEGER) AS "uses",
      CAST(COALESCE(au."n", 0) AS INTEGER) AS "adoptingUsers", CAST(COUNT(*) OVER () AS INTEGER) AS "total"
    FROM ${featureAccounts(c.source, c.d, c.ws, [c.feature])} fa
      JOIN "Account" a ON a."workspaceId" = fa."workspaceId" AND a."id" = fa."accountId"
      LEFT JOIN (SELECT u."accountId" AS "accountId", COUNT(*) AS "n" FROM ${featureUsers(c.source, c.d, c.ws, [c.feature])} fu
          JOIN "EndUser" u ON u."workspaceId" = fu."workspaceId" AND u."id" = fu."endUserId"
        WHERE fu."workspaceId" = ${c.ws} AND fu."featureId" = ${c.feature.id} AND fu."firstDay" <= ${int(c.toDay)}
        GROUP BY u."accountId") au ON au."accountId" = fa."accountId"
    WHERE fa."workspaceId" = ${c.ws} AND fa."featureId" = ${c.feature.id} AND fa."firstDay" <= ${int(c.toDay)}${andAccountInPopulation(c.d, c.population, 'fa."accountId"')}
    ORDER BY fa."uses" DESC, a."externalId" ASC
    LIMIT ${raw(String(ACCOUNT_ROWS))}`);
  return {
    total: rows.length > 0 ? num(rows[0]!.total) : 0,
    accounts: rows.map((r) => ({
      accountId: String(r.accountId),
      externalId: String(r.externalId),
      name: r.name === null || r.name === undefined ? null : String(r.name),
      adoptingUsers: num(r.adoptingUsers),
      firstUse: isoOfDay(num(r.firstDay)),
      lastUse: isoOfDay(num(r.lastDay)),
      uses: num(r.uses),
    })),
  };
}

function labelled(
  rows: { key: string | null; active: number; adopters: number }[],
  label: (key: string | null) => string,
): TBreakdownRow[] {
  return rows.map((r) => ({ ...r, label: label(r.key), breadth: breadth(r.adopters, r.active) }));
}

export async function getFeatureDetail(
  args: ReportArgs<TFeatureDetailInput> & { source?: Source },
): Promise<TFeatureDetail> {
  const { db, dialect, workspace, input } = args;
  const source = args.source ?? "rollups";
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  const [everyFeature, personas] = await Promise.all([
    loadFeatures(db, workspace.id),
    db.persona.findMany({ where: { workspaceId: workspace.id }, select: { id: true, name: true } }),
  ]);
  const feature = everyFeature.find((f) => f.id === input.featureId);
  if (!feature) throw new AppError("NOT_FOUND", "Feature not found.");
  // The quadrant compares with the other features' breadth and frequency: their totals only (one
  // statement), the full measures (distributions, duration) for this feature.
  const measureArgs = { db, dialect, workspace, filter: input, period, source };
  const [{ measures }, totals] = await Promise.all([
    measureFeatures({ ...measureArgs, features: [feature] }),
    selectFeatureTotals(usageScopeOf({ ...measureArgs, features: everyFeature })),
  ]);
  const own = measures[0]!;
  const periodDays = period.toDay - period.fromDay + 1;
  const medians = matrixMedians(
    everyFeature.map((f) => {
      const t = totals.get(f.id) ?? { adopters: 0, featureDays: 0 };
      return {
        breadth: breadth(t.adopters, own.stats.active),
        frequency: frequency(t.featureDays, t.adopters, periodDays),
      };
    }),
  );

  const c: Ctx = {
    tsql: tenantSql(db, workspace.id),
    d: dialect,
    ws: workspace.id,
    source,
    feature,
    population: populationOf(workspace.id, input),
    fromDay: period.fromDay,
    toDay: period.toDay,
  };
  const [byPersona, byPlan, accounts] = await Promise.all([
    breakdown(c, sql`u."personaId"`),
    breakdown(c, dialect.jsonText('a."traits"', "plan")),
    adoptingAccounts(c),
  ]);
  const personaName = new Map(personas.map((p) => [p.id, p.name]));

  return {
    period: { from: period.from, to: period.to, days: period.toDay - period.fromDay + 1 },
    unit: input.unit,
    feature: { id: feature.id, name: feature.name, description: feature.description },
    stats: { ...own.stats, quadrant: quadrant(own.stats.breadth, own.stats.frequency, medians) },
    depthHistogram: histogram(own.depths, DEPTH_EDGES),
    timeToAdoptHistogram: histogram(own.timesToAdopt, TIME_TO_ADOPT_EDGES),
    duration: own.duration,
    byPersona: labelled(byPersona, (k) => (k === null ? "No persona" : (personaName.get(k) ?? "Deleted persona"))),
    byPlan: labelled(byPlan, (k) => (k === null || k === "" ? "No plan" : k)),
    accounts: accounts.accounts,
    accountsTotal: accounts.total,
  };
}
