import type { Db } from "../../db";
import { AppError } from "../../errors";
import type { FeatureMatcher, FeatureRule } from "../../features/match-feature";
import type { SqlDialect } from "../../sql/dialect";
import { raw, sql, type Sql } from "../../sql/fragments";
import { andAccountInPopulation, andInPopulation, type Population } from "../population";
import { accountDays, featureUserDays, type Source, userDays, userEventDays } from "../sources";

// What the activity reports count: (subject, day) pairs, a subject being a user or an account, on
// the days it was active. One builder so every report reads activity the same way, over the
// rollups or over raw events (sources.ts).

export type Unit = "users" | "accounts";

/** Active = any track/page/screen call, one event name, or one feature (its rule for raw reads). */
export type ActivityBasis =
  { kind: "any" } | { kind: "event"; event: string } | { kind: "feature"; feature: FeatureRule; name: string };

export type ActivityScope = {
  source: Source;
  dialect: SqlDialect;
  population: Population;
  unit: Unit;
  basis: ActivityBasis;
};

/** A day number inlined as a literal: computed by us, and PostgreSQL then types arithmetic on it
 * as integer instead of guessing a parameter's type. */
export function int(n: number): Sql {
  if (!Number.isSafeInteger(n)) throw new Error(`Expected an integer day, got ${n}`);
  return raw(String(n));
}

/** The activity choice of a report input: a feature must be the workspace's own (else NOT_FOUND). */
export async function activityBasisOf(
  db: Db,
  workspaceId: string,
  input: { activeEvent?: string; activeFeatureId?: string },
): Promise<ActivityBasis> {
  if (input.activeEvent) return { kind: "event", event: input.activeEvent };
  if (!input.activeFeatureId) return { kind: "any" };
  const f = await db.feature.findFirst({
    where: { id: input.activeFeatureId, workspaceId },
    select: { id: true, name: true, matchers: true },
  });
  if (!f) throw new AppError("NOT_FOUND", "Feature not found.");
  return { kind: "feature", name: f.name, feature: { id: f.id, matchers: f.matchers as FeatureMatcher[] } };
}

/** Distinct (subject, day) pairs of activity in [lo, hi], restricted to the population. Columns
 * "subject" and "day". */
export function activityDays(s: ActivityScope, lo: number, hi: number): Sql {
  const ws = s.population.workspaceId;
  const d = s.dialect;
  const range = (col: string) => sql`${raw(col)} BETWEEN ${int(lo)} AND ${int(hi)}`;
  if (s.basis.kind === "any") {
    if (s.unit === "users")
      return sql`SELECT ud."endUserId" AS "subject", ud."day" AS "day" FROM ${userDays(s.source, ws)} ud
        WHERE ud."workspaceId" = ${ws} AND ${range('ud."day"')}${andInPopulation(d, s.population, 'ud."endUserId"')}`;
    return sql`SELECT ad."accountId" AS "subject", ad."day" AS "day" FROM ${accountDays(s.source, ws)} ad
      WHERE ad."workspaceId" = ${ws} AND ${range('ad."day"')}${andAccountInPopulation(d, s.population, 'ad."accountId"')}`;
  }
  // Event or feature days per user; an account is active when one of its users is (the account the
  // user's activity was attributed to that day, as AccountDay counts it).
  const perUser =
    s.basis.kind === "event"
      ? sql`SELECT x."endUserId", x."day" FROM ${userEventDays(s.source, ws)} x
          WHERE x."workspaceId" = ${ws} AND x."name" = ${s.basis.event} AND ${range('x."day"')}`
      : sql`SELECT x."endUserId", x."day" FROM ${featureUserDays(s.source, d, ws, [s.basis.feature])} x
          WHERE x."workspaceId" = ${ws} AND x."featureId" = ${s.basis.feature.id} AND ${range('x."day"')}`;
  if (s.unit === "users")
    return sql`SELECT pu."endUserId" AS "subject", pu."day" AS "day" FROM (${perUser}) pu
      WHERE 1 = 1${andInPopulation(d, s.population, 'pu."endUserId"')}`;
  return sql`SELECT DISTINCT ud."accountId" AS "subject", pu."day" AS "day" FROM (${perUser}) pu
    JOIN ${userDays(s.source, ws)} ud ON ud."workspaceId" = ${ws} AND ud."day" = pu."day" AND ud."endUserId" = pu."endUserId"
    WHERE ud."accountId" IS NOT NULL AND ${range('ud."day"')}${andAccountInPopulation(d, s.population, 'ud."accountId"')}`;
}

/** Each subject of the population with the day it was first seen: a user's firstSeenDay, an
 * account's first day of activity (any call). Columns "subject", "firstDay", "personaId" (null
 * for accounts). */
export function firstSeen(s: Omit<ActivityScope, "basis">): Sql {
  const ws = s.population.workspaceId;
  if (s.unit === "users")
    return sql`SELECT u."id" AS "subject", u."firstSeenDay" AS "firstDay", u."personaId" AS "personaId" FROM "EndUser" u
      WHERE u."workspaceId" = ${ws}${andInPopulation(s.dialect, s.population, 'u."id"')}`;
  return sql`SELECT ad."accountId" AS "subject", MIN(ad."day") AS "firstDay", CAST(NULL AS TEXT) AS "personaId"
    FROM ${accountDays(s.source, ws)} ad
    WHERE ad."workspaceId" = ${ws}${andAccountInPopulation(s.dialect, s.population, 'ad."accountId"')}
    GROUP BY ad."accountId"`;
}
