import type { FeatureRule } from "../features/match-feature";
import type { SqlDialect } from "../sql/dialect";
import { join, sql, type Sql } from "../sql/fragments";
import { traitConditionSql } from "./population";

// Where a report reads activity from. Reports read the rollups ingest keeps; the same report over
// "raw" reads a derived table grouped from the Event table instead, with the same columns, so
// bench:reports and the parity tests run one query text both ways (and a rollup that drifted from
// its events shows up as a difference).

export type Source = "rollups" | "raw";

const ACTIVITY = sql`"type" IN ('track', 'page', 'screen')`;

/** Columns: workspaceId, day, endUserId, accountId, eventCount. */
export function userDays(source: Source, workspaceId: string): Sql {
  if (source === "rollups") return sql`"UserDay"`;
  return sql`(SELECT "workspaceId", "day", "endUserId", MAX("accountId") AS "accountId", COUNT(*) AS "eventCount"
    FROM "Event" WHERE "workspaceId" = ${workspaceId} AND ${ACTIVITY}
    GROUP BY "workspaceId", "day", "endUserId")`;
}

/** Columns: workspaceId, day, accountId, eventCount. */
export function accountDays(source: Source, workspaceId: string): Sql {
  if (source === "rollups") return sql`"AccountDay"`;
  return sql`(SELECT "workspaceId", "day", "accountId", COUNT(*) AS "eventCount"
    FROM "Event" WHERE "workspaceId" = ${workspaceId} AND ${ACTIVITY} AND "accountId" IS NOT NULL
    GROUP BY "workspaceId", "day", "accountId")`;
}

/** Columns: workspaceId, name, day, endUserId, count. */
export function userEventDays(source: Source, workspaceId: string): Sql {
  if (source === "rollups") return sql`"UserEventDay"`;
  return sql`(SELECT "workspaceId", "name", "day", "endUserId", COUNT(*) AS "count"
    FROM "Event" WHERE "workspaceId" = ${workspaceId} AND ${ACTIVITY}
    GROUP BY "workspaceId", "name", "day", "endUserId")`;
}

/** The track calls that count as using `feature`, as a WHERE condition on "Event". */
function featureMatch(d: SqlDialect, feature: FeatureRule): Sql {
  if (feature.matchers.length === 0) return sql`1 = 0`;
  return sql`(${join(
    feature.matchers.map((m) =>
      m.where
        ? sql`("name" = ${m.event} AND ${traitConditionSql(d, '"properties"', m.where)})`
        : sql`"name" = ${m.event}`,
    ),
    " OR ",
  )})`;
}

/** Feature uses per event, one row per (feature, matching event). */
function featureEvents(d: SqlDialect, workspaceId: string, features: readonly FeatureRule[]): Sql {
  if (features.length === 0)
    return sql`SELECT CAST(NULL AS TEXT) AS "featureId", "workspaceId", "day", "endUserId", "accountId" FROM "Event" WHERE "workspaceId" = ${workspaceId} AND 1 = 0`;
  return join(
    features.map(
      (
        f,
      ) => sql`SELECT CAST(${f.id} AS TEXT) AS "featureId", "workspaceId", "day", "endUserId", "accountId" FROM "Event"
        WHERE "workspaceId" = ${workspaceId} AND "type" = 'track' AND ${featureMatch(d, f)}`,
    ),
    " UNION ALL ",
  );
}

/** Columns: workspaceId, featureId, day, endUserId, count. Raw: `features` are the workspace's
 * features (their matchers; property filters on top-level properties). */
export function featureUserDays(
  source: Source,
  d: SqlDialect,
  workspaceId: string,
  features: readonly FeatureRule[],
): Sql {
  if (source === "rollups") return sql`"FeatureUserDay"`;
  return sql`(SELECT "workspaceId", "featureId", "day", "endUserId", COUNT(*) AS "count"
    FROM (${featureEvents(d, workspaceId, features)}) fe GROUP BY "workspaceId", "featureId", "day", "endUserId")`;
}

/** Columns: workspaceId, featureId, endUserId, firstDay, lastDay, uses. */
export function featureUsers(
  source: Source,
  d: SqlDialect,
  workspaceId: string,
  features: readonly FeatureRule[],
): Sql {
  if (source === "rollups") return sql`"FeatureUser"`;
  return sql`(SELECT "workspaceId", "featureId", "endUserId", MIN("day") AS "firstDay", MAX("day") AS "lastDay", COUNT(*) AS "uses"
    FROM (${featureEvents(d, workspaceId, features)}) fe GROUP BY "workspaceId", "featureId", "endUserId")`;
}

/** Columns: workspaceId, featureId, accountId, firstDay, lastDay, uses. */
export function featureAccounts(
  source: Source,
  d: SqlDialect,
  workspaceId: string,
  features: readonly FeatureRule[],
): Sql {
  if (source === "rollups") return sql`"FeatureAccount"`;
  return sql`(SELECT "workspaceId", "featureId", "accountId", MIN("day") AS "firstDay", MAX("day") AS "lastDay", COUNT(*) AS "uses"
    FROM (${featureEvents(d, workspaceId, features)}) fe WHERE "accountId" IS NOT NULL GROUP BY "workspaceId", "featureId", "accountId")`;
}
