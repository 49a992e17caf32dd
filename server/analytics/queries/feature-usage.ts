// The set-based statements behind the feature adoption reports (overview and detail): a fixed
// handful whatever the number of features or users. One SQL text for SQLite and PostgreSQL over
// integer day columns; medians and curves are computed from the rows in TypeScript
// (server/analytics/metrics/). Each statement reads rollups, or the same columns grouped from raw
// events (sources.ts), so the parity tests can run it both ways.
//
// A "unit" is a user, or for account reports an account: a use by a user counts for the account
// the user belongs to now (EndUser.accountId), among the accounts active in the period.
import type { FeatureRule } from "../../features/match-feature";
import type { SqlDialect } from "../../sql/dialect";
import { join, num, sql, toDate, type Sql } from "../../sql/fragments";
import type { TenantSql } from "../../sql/tenant-sql";
import { andAccountInPopulation, andInPopulation, type Population } from "../population";
import { accountDays, featureUserDays, featureUsers, userDays, type Source } from "../sources";

export type UsageScope = {
  tsql: TenantSql;
  d: SqlDialect;
  workspaceId: string;
  source: Source;
  /** The features reported on (their matchers are read only over raw events). */
  features: readonly FeatureRule[];
  unit: "users" | "accounts";
  population: Population;
  fromDay: number;
  toDay: number;
};

const int = (n: number) => sql`CAST(${n} AS INTEGER)`;

function featureIn(s: UsageScope, column: Sql): Sql {
  return sql`${column} IN (${join(s.features.map((f) => f.id))})`;
}

/** Active days of each unit in the period. Columns: e, day. */
function activeDays(s: UsageScope): Sql {
  const ws = s.workspaceId;
  if (s.unit === "users")
    return sql`SELECT ud."endUserId" AS "e", ud."day" AS "day" FROM ${userDays(s.source, ws)} ud
      WHERE ud."workspaceId" = ${ws} AND ud."day" BETWEEN ${int(s.fromDay)} AND ${int(s.toDay)}${andInPopulation(s.d, s.population, 'ud."endUserId"')}`;
  return sql`SELECT ad."accountId" AS "e", ad."day" AS "day" FROM ${accountDays(s.source, ws)} ad
    WHERE ad."workspaceId" = ${ws} AND ad."day" BETWEEN ${int(s.fromDay)} AND ${int(s.toDay)}${andAccountInPopulation(s.d, s.population, 'ad."accountId"')}`;
}

/** Uses of the features per unit and day in the period (one row per user and day: an account's
 * users give it several). Columns: featureId, e, day, uses. */
function featureDays(s: UsageScope): Sql {
  const ws = s.workspaceId;
  const from = featureUserDays(s.source, s.d, ws, s.features);
  const inPeriod = sql`f."workspaceId" = ${ws} AND f."day" BETWEEN ${int(s.fromDay)} AND ${int(s.toDay)} AND ${featureIn(s, sql`f."featureId"`)}`;
  if (s.unit === "users")
    return sql`SELECT f."featureId" AS "featureId", f."endUserId" AS "e", f."day" AS "day", f."count" AS "uses"
      FROM ${from} f WHERE ${inPeriod}${andInPopulation(s.d, s.population, 'f."endUserId"')}`;
  return sql`SELECT f."featureId" AS "featureId", u."accountId" AS "e", f."day" AS "day", f."count" AS "uses"
    FROM ${from} f JOIN "EndUser" u ON u."workspaceId" = f."workspaceId" AND u."id" = f."endUserId"
    WHERE ${inPeriod} AND u."accountId" IN (SELECT a."e" FROM (${activeDays(s)}) a)`;
}

/** Whether the first uses carry the weeks used after them (FeatureUser.weeksUsed: users, over
 * rollups); else selectWeeksUsed finds them. */
export function keepsWeeksUsed(s: Pick<UsageScope, "source" | "unit">): boolean {
  return s.source === "rollups" && s.unit === "users";
}

/** Units whose first use of a feature (ever) is in the period. Columns: featureId, e, firstDay,
 * firstSeenDay (users) or firstSeenAt (accounts: Account.firstSeenAt, a timestamp), weeksUsed
 * (the bits of FeatureUser.weeksUsed, or NULL: keepsWeeksUsed). */
function firstUses(s: UsageScope): Sql {
  const ws = s.workspaceId;
  const from = featureUsers(s.source, s.d, ws, s.features);
  if (s.unit === "users")
    return sql`SELECT fu."featureId" AS "featureId", fu."endUserId" AS "e", fu."firstDay" AS "firstDay",
        u."firstSeenDay" AS "firstSeenDay", NULL AS "firstSeenAt", ${keepsWeeksUsed(s) ? sql`fu."weeksUsed"` : sql`NULL`} AS "weeksUsed"
      FROM ${from} fu JOIN "EndUser" u ON u."workspaceId" = fu."workspaceId" AND u."id" = fu."endUserId"
      WHERE fu."workspaceId" = ${ws} AND ${featureIn(s, sql`fu."featureId"`)}
        AND fu."firstDay" BETWEEN ${int(s.fromDay)} AND ${int(s.toDay)}${andInPopulation(s.d, s.population, 'fu."endUserId"')}`;
  return sql`SELECT fu."featureId" AS "featureId", u."accountId" AS "e", MIN(fu."firstDay") AS "firstDay",
      NULL AS "firstSeenDay", MIN(a."firstSeenAt") AS "firstSeenAt", NULL AS "weeksUsed"
    FROM ${from} fu JOIN "EndUser" u ON u."workspaceId" = fu."workspaceId" AND u."id" = fu."endUserId"
      JOIN "Account" a ON a."workspaceId" = u."workspaceId" AND a."id" = u."accountId"
    WHERE fu."workspaceId" = ${ws} AND ${featureIn(s, sql`fu."featureId"`)}${andAccountInPopulation(s.d, s.population, 'u."accountId"')}
    GROUP BY fu."featureId", u."accountId"
    HAVING MIN(fu."firstDay") BETWEEN ${int(s.fromDay)} AND ${int(s.toDay)}`;
}

export type ActiveCounts = { total: number; byWeek: Map<number, number> };

/** Distinct active units in the period (week −1 in the SQL) and in each rolling week of it. */
export async function selectActive(s: UsageScope): Promise<ActiveCounts> {
  // Distinct (unit, week) pairs once, then counted: grouping lets PostgreSQL hash where
  // COUNT(DISTINCT) always sorts (text ids under the database's collation, spilling to disk).
  // The week is computed in a subquery: PostgreSQL would not match a GROUP BY expression holding
  // a parameter to the same expression in the SELECT list (each binds its own parameter).
  const rows = await s.tsql.query<{ week: unknown; n: unknown }[]>(sql`
    WITH "w" AS MATERIALIZED (
      SELECT x."e" AS "e", x."week" AS "week"
      FROM (SELECT a."e" AS "e", CAST((a."day" - ${int(s.fromDay)}) / 7 AS INTEGER) AS "week" FROM (${activeDays(s)}) a) x
      GROUP BY x."e", x."week"
    )
    SELECT -1 AS "week", CAST(COUNT(*) AS INTEGER) AS "n" FROM (SELECT w."e" FROM "w" w GROUP BY w."e") t
    UNION ALL
    SELECT w."week" AS "week", CAST(COUNT(*) AS INTEGER) AS "n" FROM "w" w GROUP BY w."week"`);
  const byWeek = new Map<number, number>();
  let total = 0;
  for (const r of rows) {
    if (num(r.week) === -1) total = num(r.n);
    else byWeek.set(num(r.week), num(r.n));
  }
  return { total, byWeek };
}

/** Days of use per unit: a user has one row per day of use; an account one per user and day. */
function featureDayCount(s: UsageScope): Sql {
  return s.unit === "users" ? sql`COUNT(*)` : sql`COUNT(DISTINCT fe."day")`;
}

export type AdopterRow = { featureId: string; e: string; uses: number; featureDays: number; activeDays: number };

/** Each adopting unit of each feature in the period: its uses, the days it used the feature, and
 * its active days. */
export async function selectAdopters(s: UsageScope): Promise<AdopterRow[]> {
  if (s.features.length === 0) return [];
  // Grouped per unit before the join: joining each day of use to the active days was most of the
  // statement's time. Active days are one row per unit and day already (UserDay, AccountDay).
  const rows = await s.tsql.query<Record<string, unknown>[]>(sql`
    SELECT g."featureId" AS "featureId", g."e" AS "e", CAST(g."uses" AS INTEGER) AS "uses",
      CAST(g."featureDays" AS INTEGER) AS "featureDays", CAST(ac."activeDays" AS INTEGER) AS "activeDays"
    FROM (SELECT fe."featureId" AS "featureId", fe."e" AS "e", SUM(fe."uses") AS "uses", ${featureDayCount(s)} AS "featureDays"
        FROM (${featureDays(s)}) fe GROUP BY fe."featureId", fe."e") g
      LEFT JOIN (SELECT a."e" AS "e", COUNT(*) AS "activeDays" FROM (${activeDays(s)}) a GROUP BY a."e") ac
        ON ac."e" = g."e"`);
  return rows.map((r) => ({
    featureId: String(r.featureId),
    e: String(r.e),
    uses: num(r.uses),
    featureDays: num(r.featureDays),
    activeDays: num(r.activeDays),
  }));
}

export type FeatureTotals = { adopters: number; featureDays: number };

/** Per feature: its adopting units in the period and their days of use, summed (what breadth and
 * frequency need, e.g. the engagement matrix's medians), counted in SQL. */
export async function selectFeatureTotals(s: UsageScope): Promise<Map<string, FeatureTotals>> {
  const out = new Map<string, FeatureTotals>();
  if (s.features.length === 0) return out;
  const rows = await s.tsql.query<{ featureId: string; adopters: unknown; featureDays: unknown }[]>(sql`
    SELECT g."featureId" AS "featureId", CAST(COUNT(*) AS INTEGER) AS "adopters",
      CAST(SUM(g."featureDays") AS INTEGER) AS "featureDays"
    FROM (SELECT fe."featureId" AS "featureId", fe."e" AS "e", ${featureDayCount(s)} AS "featureDays"
      FROM (${featureDays(s)}) fe GROUP BY fe."featureId", fe."e") g
    GROUP BY g."featureId"`);
  for (const r of rows) out.set(r.featureId, { adopters: num(r.adopters), featureDays: num(r.featureDays) });
  return out;
}

/** Distinct adopting units of each feature in each rolling week of the period. */
export async function selectWeeklyAdopters(s: UsageScope): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (s.features.length === 0) return out;
  const rows = await s.tsql.query<{ featureId: string; week: unknown; n: unknown }[]>(sql`
    SELECT w."featureId" AS "featureId", w."week" AS "week", CAST(COUNT(*) AS INTEGER) AS "n"
    FROM (SELECT DISTINCT x."featureId" AS "featureId", x."e" AS "e", x."week" AS "week"
      FROM (SELECT fe."featureId" AS "featureId", fe."e" AS "e", CAST((fe."day" - ${int(s.fromDay)}) / 7 AS INTEGER) AS "week"
        FROM (${featureDays(s)}) fe) x) w
    GROUP BY w."featureId", w."week"`);
  for (const r of rows) {
    const m = out.get(r.featureId) ?? new Map<number, number>();
    m.set(num(r.week), num(r.n));
    out.set(r.featureId, m);
  }
  return out;
}

export type FirstUseRow = {
  featureId: string;
  e: string;
  firstDay: number;
  firstSeenDay: number | null;
  firstSeenAt: Date | null;
  weeksUsed: number | null;
};

/** Units whose first use of each feature is in the period, with when they were first seen. */
export async function selectFirstUses(s: UsageScope): Promise<FirstUseRow[]> {
  if (s.features.length === 0) return [];
  const rows = await s.tsql.query<Record<string, unknown>[]>(sql`SELECT * FROM (${firstUses(s)}) c`);
  return rows.map((r) => ({
    featureId: String(r.featureId),
    e: String(r.e),
    firstDay: num(r.firstDay),
    firstSeenDay: r.firstSeenDay === null || r.firstSeenDay === undefined ? null : num(r.firstSeenDay),
    firstSeenAt: r.firstSeenAt === null || r.firstSeenAt === undefined ? null : toDate(r.firstSeenAt),
    weeksUsed: r.weeksUsed === null || r.weeksUsed === undefined ? null : num(r.weeksUsed),
  }));
}

/** For the units of selectFirstUses: the weeks after first use (k = ⌊(day − first) / 7⌋, at most
 * `maxWeek`) in which they used the feature, up to the period's end. */
export async function selectWeeksUsed(s: UsageScope, maxWeek: number): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  if (s.features.length === 0) return out;
  const rows = await s.tsql.query<{ featureId: string; e: string; k: unknown }[]>(sql`
    SELECT DISTINCT fe."featureId" AS "featureId", fe."e" AS "e", CAST((fe."day" - c."firstDay") / 7 AS INTEGER) AS "k"
    FROM (${featureDays(s)}) fe JOIN (${firstUses(s)}) c ON c."featureId" = fe."featureId" AND c."e" = fe."e"
    WHERE fe."day" >= c."firstDay" AND fe."day" < c."firstDay" + ${int(7 * (maxWeek + 1))}`);
  for (const r of rows) {
    const key = `${r.featureId}|${r.e}`;
    const set = out.get(key) ?? new Set<number>();
    set.add(num(r.k));
    out.set(key, set);
  }
  return out;
}
