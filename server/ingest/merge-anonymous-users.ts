import type { Tx } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { join, raw, sql, type Sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { recomputeWeeksUsed } from "../features/weeks-used";
import type { StoredUser } from "./stages/stage";

// Identity stitching's merge (docs/decisions/identity-stitching.md), the sibling of erasure
// (server/privacy/erase-end-user.ts): it walks the same tables, moving instead of deleting.

/** An anonymous user and the identified one it becomes (one anonymous user per user). */
export type MergePair = {
  from: {
    id: string;
    traits: unknown;
    accountId: string | null;
    locale: string | null;
    firstSeenAt: Date;
    lastSeenAt: Date;
    firstSeenDay: number;
    lastSeenDay: number;
  };
  to: string;
};

/** Statements mergeAnonymousUsers runs, whatever the number of pairs. */
export const MERGE_STATEMENTS = 25;

/** CASE <column> WHEN <from> THEN <to> … END, over the pairs (each value prefixed). */
function mapped(column: string, pairs: MergePair[], prefix = ""): Sql {
  const whens = pairs.map((p) => sql`WHEN ${prefix + p.from.id} THEN ${prefix + p.to}`);
  return sql`CASE ${raw(column)} ${join(whens, " ")} END`;
}

/** The earlier of two nullable dates (LEAST/MIN differ on NULL between the databases). */
function earliest(a: Sql, b: Sql): Sql {
  return sql`CASE WHEN ${b} IS NULL OR ${a} < ${b} THEN ${a} ELSE ${b} END`;
}

/**
 * Moves everything stored about each anonymous user to its identified user and deletes the
 * anonymous one, in the caller's transaction, in a fixed number of set-based statements (24):
 * events; daily rollups (counts add up); checklist progress (one row per checklist: seen, completed
 * and dismissed keep the earliest) and item completions (the earliest stays); survey displays and
 * responses; feedback (persona and account cleared, so the ingest's early-feedback claim gives it
 * the user's); votes (one per voter and item: the user's stays, counts recomputed); notifications;
 * then the user's row (first seen = the earliest of both, last seen the latest, the anonymous
 * traits fill only keys the user lacks). Returns the identified users' rows as left.
 */
export async function mergeAnonymousUsers(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  pairs: MergePair[],
): Promise<StoredUser[]> {
  if (pairs.length === 0) return [];
  const db = tenantSql(tx, workspaceId);
  const ws = workspaceId;
  const from = join(pairs.map((p) => p.from.id));
  const to = join(pairs.map((p) => p.to));

  // Events (1)
  await db.execute(sql`
    UPDATE "Event" SET "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);

  // Rollups (8): added into the user's rows, then the anonymous rows go.
  await db.execute(sql`
    INSERT INTO "UserDay" ("workspaceId", "day", "endUserId", "accountId", "eventCount")
    SELECT "workspaceId", "day", ${mapped('"endUserId"', pairs)}, MAX("accountId"), SUM("eventCount")
    FROM "UserDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
    GROUP BY "workspaceId", "day", "endUserId"
    ON CONFLICT ("workspaceId", "day", "endUserId") DO UPDATE SET
      "eventCount" = "UserDay"."eventCount" + excluded."eventCount",
      "accountId" = COALESCE("UserDay"."accountId", excluded."accountId")`);
  await db.execute(sql`DELETE FROM "UserDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    INSERT INTO "FeatureUserDay" ("workspaceId", "featureId", "day", "endUserId", "count")
    SELECT "workspaceId", "featureId", "day", ${mapped('"endUserId"', pairs)}, SUM("count")
    FROM "FeatureUserDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
    GROUP BY "workspaceId", "featureId", "day", "endUserId"
    ON CONFLICT ("workspaceId", "featureId", "day", "endUserId") DO UPDATE SET
      "count" = "FeatureUserDay"."count" + excluded."count"`);
  await db.execute(sql`DELETE FROM "FeatureUserDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    INSERT INTO "UserEventDay" ("workspaceId", "name", "day", "endUserId", "count")
    SELECT "workspaceId", "name", "day", ${mapped('"endUserId"', pairs)}, SUM("count")
    FROM "UserEventDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
    GROUP BY "workspaceId", "name", "day", "endUserId"
    ON CONFLICT ("workspaceId", "name", "day", "endUserId") DO UPDATE SET
      "count" = "UserEventDay"."count" + excluded."count"`);
  await db.execute(sql`DELETE FROM "UserEventDay" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    INSERT INTO "FeatureUser" ("workspaceId", "featureId", "endUserId", "firstDay", "lastDay", "uses")
    SELECT "workspaceId", "featureId", ${mapped('"endUserId"', pairs)}, MIN("firstDay"), MAX("lastDay"), SUM("uses")
    FROM "FeatureUser" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
    GROUP BY "workspaceId", "featureId", "endUserId"
    ON CONFLICT ("workspaceId", "featureId", "endUserId") DO UPDATE SET
      "firstDay" = ${d.least('"FeatureUser"."firstDay"', 'excluded."firstDay"')},
      "lastDay" = ${d.greatest('"FeatureUser"."lastDay"', 'excluded."lastDay"')},
      "uses" = "FeatureUser"."uses" + excluded."uses"`);
  await db.execute(sql`DELETE FROM "FeatureUser" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(recomputeWeeksUsed(ws, sql`"endUserId" IN (${join(pairs.map((p) => p.to))})`));

  // Checklist progress (3): where both have a row, the user's takes the earliest times; the
  // anonymous row goes; the others move.
  const anonProgress = (column: string) => sql`(SELECT o.${raw(`"${column}"`)} FROM "ChecklistProgress" o
    WHERE o."checklistId" = "ChecklistProgress"."checklistId"
      AND ${mapped('o."endUserId"', pairs)} = "ChecklistProgress"."endUserId")`;
  const both = sql`EXISTS (SELECT 1 FROM "ChecklistProgress" o WHERE o."checklistId" = "ChecklistProgress"."checklistId"
      AND ${mapped('o."endUserId"', pairs)} = "ChecklistProgress"."endUserId")`;
  await db.execute(sql`
    UPDATE "ChecklistProgress" SET
      "seenAt" = ${earliest(sql`"seenAt"`, anonProgress("seenAt"))},
      "completedAt" = ${earliest(sql`"completedAt"`, anonProgress("completedAt"))},
      "dismissedAt" = COALESCE("dismissedAt", ${anonProgress("dismissedAt")})
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${to}) AND ${both}`);
  await db.execute(sql`
    DELETE FROM "ChecklistProgress" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
      AND EXISTS (SELECT 1 FROM "ChecklistProgress" u WHERE u."checklistId" = "ChecklistProgress"."checklistId"
        AND u."endUserId" = ${mapped('"ChecklistProgress"."endUserId"', pairs)})`);
  await db.execute(sql`
    UPDATE "ChecklistProgress" SET "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);

  // Item completions (3), keyed "u:<endUserId>" for user-scoped items: the earliest stays.
  const userKeys = join(pairs.map((p) => `u:${p.to}`));
  const anonKeys = join(pairs.map((p) => `u:${p.from.id}`));
  const reverseKey = sql`CASE "ChecklistItemCompletion"."subjectKey" ${join(
    pairs.map((p) => sql`WHEN ${`u:${p.to}`} THEN ${`u:${p.from.id}`}`),
    " ",
  )} END`;
  await db.execute(sql`
    UPDATE "ChecklistItemCompletion" SET "completedAt" = (
      SELECT o."completedAt" FROM "ChecklistItemCompletion" o
      WHERE o."checklistItemId" = "ChecklistItemCompletion"."checklistItemId" AND o."subjectKey" = ${reverseKey})
    WHERE "workspaceId" = ${ws} AND "subjectKey" IN (${userKeys})
      AND EXISTS (SELECT 1 FROM "ChecklistItemCompletion" o
        WHERE o."checklistItemId" = "ChecklistItemCompletion"."checklistItemId" AND o."subjectKey" = ${reverseKey}
          AND o."completedAt" < "ChecklistItemCompletion"."completedAt")`);
  await db.execute(sql`
    DELETE FROM "ChecklistItemCompletion" WHERE "workspaceId" = ${ws} AND "subjectKey" IN (${anonKeys})
      AND EXISTS (SELECT 1 FROM "ChecklistItemCompletion" u
        WHERE u."checklistItemId" = "ChecklistItemCompletion"."checklistItemId"
          AND u."subjectKey" = ${mapped('"ChecklistItemCompletion"."subjectKey"', pairs, "u:")})`);
  await db.execute(sql`
    UPDATE "ChecklistItemCompletion" SET
      "subjectKey" = COALESCE(${mapped('"subjectKey"', pairs, "u:")}, "subjectKey"),
      "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);

  // Voice (3): displays and responses move; feedback moves without the anonymous persona/account.
  await db.execute(sql`
    UPDATE "SurveyDisplay" SET "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    UPDATE "SurveyResponse" SET "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    UPDATE "Feedback" SET "endUserId" = ${mapped('"endUserId"', pairs)}, "personaId" = NULL, "accountId" = NULL
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);

  // Votes (3): one per voter and item, so an anonymous vote on an item the user voted for goes.
  const votedKey = sql`COALESCE(${mapped('"Vote"."voterKey"', pairs, "u:")}, "Vote"."voterKey")`;
  await db.execute(sql`
    DELETE FROM "Vote" WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})
      AND EXISTS (SELECT 1 FROM "Vote" u WHERE u."roadmapItemId" = "Vote"."roadmapItemId" AND u."voterKey" = ${votedKey}
        AND u."id" <> "Vote"."id")`);
  await db.execute(sql`
    UPDATE "Vote" SET "voterKey" = ${votedKey}, "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);
  await db.execute(sql`
    UPDATE "RoadmapItem" SET "voteCount" = (SELECT COUNT(*) FROM "Vote" v WHERE v."roadmapItemId" = "RoadmapItem"."id")
    WHERE "workspaceId" = ${ws} AND "id" IN (SELECT v."roadmapItemId" FROM "Vote" v WHERE v."workspaceId" = ${ws} AND v."endUserId" IN (${to}))`);

  // Notifications (1)
  await db.execute(sql`
    UPDATE "Notification" SET "endUserId" = ${mapped('"endUserId"', pairs)}
    WHERE "workspaceId" = ${ws} AND "endUserId" IN (${from})`);

  // The user's row (1), then the anonymous one goes (1).
  const values = pairs.map(
    ({ from: a, to: id }) =>
      sql`(${id}, ${d.jsonValue(a.traits)}, ${a.accountId}, ${a.locale}, ${d.dateValue(a.firstSeenAt)}, ${d.dateValue(a.lastSeenAt)}, CAST(${a.firstSeenDay} AS INTEGER), CAST(${a.lastSeenDay} AS INTEGER))`,
  );
  const anon = (column: string) => `(SELECT v."${column}" FROM v WHERE v."id" = "EndUser"."id")`;
  const merged = await db.query<StoredUser[]>(sql`
    WITH v ("id", "traits", "accountId", "locale", "firstSeenAt", "lastSeenAt", "firstSeenDay", "lastSeenDay")
      AS (VALUES ${join(values)})
    UPDATE "EndUser" SET
      "traits" = ${d.jsonMerge(anon("traits"), '"EndUser"."traits"')},
      "accountId" = COALESCE("accountId", ${raw(anon("accountId"))}),
      "locale" = COALESCE("locale", ${raw(anon("locale"))}),
      "firstSeenAt" = ${d.least('"firstSeenAt"', anon("firstSeenAt"))},
      "lastSeenAt" = ${d.greatest('"lastSeenAt"', anon("lastSeenAt"))},
      "firstSeenDay" = ${d.least('"firstSeenDay"', anon("firstSeenDay"))},
      "lastSeenDay" = ${d.greatest('"lastSeenDay"', anon("lastSeenDay"))}
    WHERE "workspaceId" = ${ws} AND "id" IN (${to})
    RETURNING "id", "externalId", "traits", "personaId", "accountId"`);
  await db.execute(sql`DELETE FROM "EndUser" WHERE "workspaceId" = ${ws} AND "id" IN (${from})`);
  return merged;
}
