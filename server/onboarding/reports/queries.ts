// The report's SQL: a handful of set-based statements per report, whatever the number of users.
// One text for SQLite and PostgreSQL (no date functions; timestamps are only compared with each
// other or with bound instants, which both databases order correctly). Each statement binds
// workspaceId first and confines every table it reads to it (raw SQL bypasses the scoped client).
import type { Db } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import { join, num, raw, sql, toDate, type Sql } from "../../sql/fragments";
import { dayRangeToInstants } from "../../calendar/zone-range";
import type { CompletionRow, PrecursorHit, SeenUser } from "./funnel";
import type { GroupCounts } from "./impact";
import type { TOnboardingReportInput } from "./schemas";
import { tenantSql } from "../../sql/tenant-sql";

/** Who a report is about: the users who entered one checklist, optionally of one persona (their
 * current one) and entered within [fromAt, toAt). */
export type CohortFilter = {
  workspaceId: string;
  checklistId: string;
  personaId: string | null;
  fromAt: Date | null;
  toAt: Date | null;
};

export function cohortFilterFor(
  workspace: { id: string; timeZone: string },
  checklistId: string,
  input: TOnboardingReportInput,
): CohortFilter {
  return {
    workspaceId: workspace.id,
    checklistId,
    personaId: input.personaId ?? null,
    ...dayRangeToInstants(input, workspace.timeZone),
  };
}

/** FROM … WHERE of the cohort: progress rows `p` joined to their end users `u`. */
function cohortFrom(d: SqlDialect, f: CohortFilter): Sql {
  const where = [sql`p."workspaceId" = ${f.workspaceId}`, sql`p."checklistId" = ${f.checklistId}`];
  if (f.personaId) where.push(sql`u."personaId" = ${f.personaId}`);
  if (f.fromAt) where.push(sql`p."createdAt" >= ${d.dateValue(f.fromAt)}`);
  if (f.toAt) where.push(sql`p."createdAt" < ${d.dateValue(f.toAt)}`);
  return sql`FROM "ChecklistProgress" p
    JOIN "EndUser" u ON u."workspaceId" = p."workspaceId" AND u."id" = p."endUserId"
    WHERE ${join(where, " AND ")}`;
}

/** The enum column is a literal here: PostgreSQL has no operator comparing its enum to a bound text. */
function seenCohort(d: SqlDialect, f: CohortFilter): Sql {
  return sql`SELECT p."endUserId" AS "endUserId", u."accountId" AS "accountId" ${cohortFrom(d, f)}
    AND p."group" = 'exposed' AND p."seenAt" IS NOT NULL`;
}

/** Exposed users of the cohort who have seen the checklist. */
export async function selectSeenUsers(db: Db, d: SqlDialect, f: CohortFilter): Promise<SeenUser[]> {
  const rows = await tenantSql(db, f.workspaceId).query<
    { endUserId: string; externalId: string; accountId: string | null; seenAt: unknown; dismissedAt: unknown }[]
  >(sql`
    SELECT p."endUserId" AS "endUserId", u."externalId" AS "externalId", u."accountId" AS "accountId",
      p."seenAt" AS "seenAt", p."dismissedAt" AS "dismissedAt"
    ${cohortFrom(d, f)} AND p."group" = 'exposed' AND p."seenAt" IS NOT NULL`);
  return rows.map((r) => ({
    endUserId: r.endUserId,
    externalId: r.externalId,
    accountId: r.accountId,
    seenAt: toDate(r.seenAt),
    dismissedAt: r.dismissedAt === null || r.dismissedAt === undefined ? null : toDate(r.dismissedAt),
  }));
}

/** Completions of the given items that can count for a seen user: keyed by the user, or, for
 * account-scoped items, by the user's current account.
 * Shape matters here: driving from the completions of these items (the workspaceId +
 * checklistItemId index) and testing subjectKey against the cohort's keys as an uncorrelated
 * IN-list is linear on both databases; joining the cohort to the completions let SQLite pick that
 * same index for every cohort row instead of the unique key (92 s for 15k seen users). */
export async function selectItemCompletions(
  db: Db,
  d: SqlDialect,
  f: CohortFilter,
  items: { id: string; scope: "user" | "account" }[],
): Promise<CompletionRow[]> {
  if (items.length === 0) return [];
  const accountItemIds = items.filter((i) => i.scope === "account").map((i) => i.id);
  const byAccount =
    accountItemIds.length === 0
      ? raw("")
      : sql`OR (c."checklistItemId" IN (${join(accountItemIds)})
          AND c."subjectKey" IN (SELECT 'a:' || s."accountId" FROM "seen" s WHERE s."accountId" IS NOT NULL))`;
  const rows = await tenantSql(db, f.workspaceId).query<
    { checklistItemId: string; subjectKey: string; completedAt: unknown }[]
  >(sql`
    WITH "seen" AS (${seenCohort(d, f)})
    SELECT c."checklistItemId" AS "checklistItemId", c."subjectKey" AS "subjectKey", c."completedAt" AS "completedAt"
    FROM "ChecklistItemCompletion" c
    WHERE c."workspaceId" = ${f.workspaceId} AND c."checklistItemId" IN (${join(items.map((i) => i.id))})
      AND (c."subjectKey" IN (SELECT 'u:' || s."endUserId" FROM "seen" s) ${byAccount})`);
  return rows.map((r) => ({
    checklistItemId: r.checklistItemId,
    subjectKey: r.subjectKey,
    completedAt: toDate(r.completedAt),
  }));
}

/** For each seen user and each of `events` they ever tracked: the last time they did. Events are
 * sought per cohort user through the (workspaceId, endUserId, timestamp) index; as a join, SQLite
 * scanned every event of the workspace instead. */
export async function selectPrecursorHits(
  db: Db,
  d: SqlDialect,
  f: CohortFilter,
  events: string[],
): Promise<PrecursorHit[]> {
  if (events.length === 0) return [];
  const rows = await tenantSql(db, f.workspaceId).query<{ endUserId: string; event: string; lastAt: unknown }[]>(sql`
    WITH "seen" AS (${seenCohort(d, f)})
    SELECT e."endUserId" AS "endUserId", e."name" AS "event", MAX(e."timestamp") AS "lastAt"
    FROM "Event" e
    WHERE e."workspaceId" = ${f.workspaceId} AND e."endUserId" IN (SELECT s."endUserId" FROM "seen" s)
      AND e."type" = 'track' AND e."name" IN (${join(events)})
    GROUP BY e."endUserId", e."name"`);
  return rows.map((r) => ({ endUserId: r.endUserId, event: r.event, lastAt: toDate(r.lastAt) }));
}

export type GoalCounts = { exposed: GroupCounts & { seen: number }; holdout: GroupCounts };

/** Users per group of the cohort, how many of the exposed have seen the checklist, and how many
 * converted: tracked `goalEvent` at or after entering (their progress row's createdAt). EXISTS
 * stops at a user's first such event, found through the (workspaceId, endUserId, timestamp) index. */
export async function countGoalConversions(
  db: Db,
  d: SqlDialect,
  f: CohortFilter,
  goalEvent: string | null,
): Promise<GoalCounts> {
  const converted = goalEvent
    ? sql`CASE WHEN EXISTS (SELECT 1 FROM "Event" e
        WHERE e."workspaceId" = ${f.workspaceId} AND e."endUserId" = c."endUserId" AND e."timestamp" >= c."createdAt"
          AND e."type" = 'track' AND e."name" = ${goalEvent}) THEN 1 ELSE 0 END`
    : sql`0`;
  const rows = await tenantSql(db, f.workspaceId).query<
    { group: string; users: unknown; seen: unknown; converted: unknown }[]
  >(sql`
    WITH "cohort" AS (
      SELECT p."endUserId" AS "endUserId", CAST(p."group" AS TEXT) AS "group", p."seenAt" AS "seenAt", p."createdAt" AS "createdAt"
      ${cohortFrom(d, f)}
    )
    SELECT c."group" AS "group", CAST(COUNT(*) AS INTEGER) AS "users",
      CAST(SUM(CASE WHEN c."seenAt" IS NOT NULL THEN 1 ELSE 0 END) AS INTEGER) AS "seen",
      CAST(SUM(${converted}) AS INTEGER) AS "converted"
    FROM "cohort" c
    GROUP BY c."group"`);
  const of = (group: string) => rows.find((r) => r.group === group);
  const exposed = of("exposed");
  const holdout = of("holdout");
  return {
    exposed: { users: num(exposed?.users), converted: num(exposed?.converted), seen: num(exposed?.seen) },
    holdout: { users: num(holdout?.users), converted: num(holdout?.converted) },
  };
}
