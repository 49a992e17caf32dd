import { randomUUID } from "node:crypto";
import type { Tx } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import {
  completionsFromEvents,
  itemRulesByEvent,
  progressChangesFromEvents,
  type ChecklistRule,
  type NewCompletion,
  type ProgressChange,
  type TrackedEvent,
} from "../../onboarding/ingest-rules";
import { join, raw, sql, type Sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type IngestStage } from "./stage";

// Ingest's checklist hooks, inside the batch's transaction: item completions earned by newly
// stored track events, and the widget's $checklist_* events applied to ChecklistProgress. At most
// four set-based statements per batch, and none when the workspace has no live checklist.

/** The key a progress row's user stores completions of an item under (see onboarding/progress.ts). */
const SUBJECT_OF_PROGRESS_USER = `CASE WHEN i."scope" = 'account'
  THEN 'a:' || (SELECT e."accountId" FROM "EndUser" e WHERE e."id" = "ChecklistProgress"."endUserId")
  ELSE 'u:' || "ChecklistProgress"."endUserId" END`;

/** Inserts completions; one already stored keeps the earliest time (events can arrive late). The
 * join on ChecklistItem drops items deleted since the rules were read, instead of failing the
 * batch on the foreign key. Returns the rows inserted or moved earlier. */
async function insertCompletions(tx: Tx, d: SqlDialect, workspaceId: string, rows: NewCompletion[]): Promise<number> {
  const values = rows.map(
    (c) =>
      sql`(${randomUUID()}, ${c.checklistItemId}, ${c.subjectKey}, ${c.endUserId}, ${c.accountId}, ${d.dateValue(c.completedAt)})`,
  );
  return tenantSql(tx, workspaceId).execute(sql`
    INSERT INTO "ChecklistItemCompletion" ("id", "workspaceId", "checklistItemId", "subjectKey", "endUserId", "accountId", "completedAt")
    SELECT v."column1", i."workspaceId", i."id", v."column3", v."column4", v."column5", v."column6"
    FROM (VALUES ${join(values)}) AS v
    JOIN "ChecklistItem" i ON i."id" = v."column2" AND i."workspaceId" = ${workspaceId}
    WHERE true
    ON CONFLICT ("checklistItemId", "subjectKey") DO UPDATE SET
      "completedAt" = excluded."completedAt",
      "endUserId" = excluded."endUserId",
      "accountId" = excluded."accountId"
    WHERE excluded."completedAt" < "ChecklistItemCompletion"."completedAt"`);
}

/** Marks progress rows complete whose last missing item these completions supplied, at the time
 * of their latest item. Only rows of the users (and accounts) the completions name are looked at. */
async function markCompletedProgress(
  tx: Tx,
  workspaceId: string,
  rows: NewCompletion[],
  checklistOfItem: Map<string, string>,
): Promise<void> {
  const checklistIds = [
    ...new Set(rows.map((r) => checklistOfItem.get(r.checklistItemId)).filter((id): id is string => Boolean(id))),
  ];
  const userIds = [...new Set(rows.filter((r) => r.subjectKey.startsWith("u:")).map((r) => r.endUserId))];
  const accountIds = [...new Set(rows.filter((r) => r.subjectKey.startsWith("a:")).map((r) => r.subjectKey.slice(2)))];
  if (checklistIds.length === 0) return;
  const who: Sql[] = [];
  if (userIds.length > 0) who.push(sql`"endUserId" IN (${join(userIds)})`);
  if (accountIds.length > 0) {
    who.push(
      sql`"endUserId" IN (SELECT e."id" FROM "EndUser" e WHERE e."workspaceId" = ${workspaceId} AND e."accountId" IN (${join(accountIds)}))`,
    );
  }
  const subject = raw(SUBJECT_OF_PROGRESS_USER);
  await tenantSql(tx, workspaceId).execute(sql`
    UPDATE "ChecklistProgress" SET "completedAt" = (
      SELECT MAX(c."completedAt") FROM "ChecklistItem" i
      JOIN "ChecklistItemCompletion" c ON c."checklistItemId" = i."id" AND c."subjectKey" = ${subject}
      WHERE i."checklistId" = "ChecklistProgress"."checklistId")
    WHERE "workspaceId" = ${workspaceId} AND "completedAt" IS NULL
      AND "checklistId" IN (${join(checklistIds)})
      AND (${join(who, " OR ")})
      AND EXISTS (SELECT 1 FROM "ChecklistItem" i WHERE i."checklistId" = "ChecklistProgress"."checklistId")
      AND NOT EXISTS (
        SELECT 1 FROM "ChecklistItem" i WHERE i."checklistId" = "ChecklistProgress"."checklistId" AND NOT EXISTS (
          SELECT 1 FROM "ChecklistItemCompletion" c WHERE c."checklistItemId" = i."id" AND c."subjectKey" = ${subject}))`);
}

/** seenAt is set once; a dismissal sets dismissedAt; a reopen clears a dismissal made before it.
 * Rows of the holdout group are left alone. A user without a row yet (the widget fetched before
 * the row was committed, or another instance is writing it) gets an exposed one. */
async function applyProgressChanges(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  changes: ProgressChange[],
  receivedAt: Date,
): Promise<void> {
  const values = changes.map(
    (c) =>
      sql`(${randomUUID()}, ${c.checklistId}, ${c.endUserId}, ${d.nullableDate(c.seenAt)}, ${d.nullableDate(c.dismissedAt)}, ${d.dateValue(receivedAt)})`,
  );
  await tenantSql(tx, workspaceId).execute(sql`
    INSERT INTO "ChecklistProgress" ("id", "workspaceId", "checklistId", "endUserId", "group", "seenAt", "dismissedAt", "createdAt")
    SELECT v."column1", c."workspaceId", c."id", v."column3", ${d.enumValue("ExposureGroup", "exposed")}, v."column4", v."column5", v."column6"
    FROM (VALUES ${join(values)}) AS v
    JOIN "Checklist" c ON c."id" = v."column2" AND c."workspaceId" = ${workspaceId}
    WHERE true
    ON CONFLICT ("checklistId", "endUserId") DO UPDATE SET
      "seenAt" = COALESCE("ChecklistProgress"."seenAt", excluded."seenAt"),
      "dismissedAt" = COALESCE(excluded."dismissedAt", "ChecklistProgress"."dismissedAt")
    WHERE "ChecklistProgress"."group" = ${d.enumValue("ExposureGroup", "exposed")}`);

  const reopened = changes.filter((c) => c.reopenedAt !== null);
  if (reopened.length === 0) return;
  const pairs = reopened.map(
    (c) =>
      sql`("checklistId" = ${c.checklistId} AND "endUserId" = ${c.endUserId} AND "dismissedAt" <= ${d.dateValue(c.reopenedAt!)})`,
  );
  await tenantSql(tx, workspaceId).execute(sql`
    UPDATE "ChecklistProgress" SET "dismissedAt" = NULL
    WHERE "workspaceId" = ${workspaceId} AND "group" = ${d.enumValue("ExposureGroup", "exposed")} AND (${join(pairs, " OR ")})`);
}

/** Also run by the seed's backfill (prisma/seed/onboarding-history.ts) over stored events. */
export async function applyChecklistHooks(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  events: TrackedEvent[],
  checklists: ChecklistRule[],
  receivedAt: Date,
): Promise<void> {
  if (checklists.length === 0 || events.length === 0) return;
  const completions = completionsFromEvents(events, itemRulesByEvent(checklists));
  if (completions.length > 0) {
    const changed = await insertCompletions(tx, d, workspaceId, completions);
    // Mostly repeats of items already done (a user runs workflows daily): then no progress row
    // can have become complete, and the UPDATE is skipped.
    if (changed > 0) {
      const checklistOfItem = new Map(checklists.flatMap((c) => c.items.map((i) => [i.itemId, c.id] as const)));
      await markCompletedProgress(tx, workspaceId, completions, checklistOfItem);
    }
  }
  const changes = progressChangesFromEvents(events, checklists);
  if (changes.length > 0) await applyProgressChanges(tx, d, workspaceId, changes, receivedAt);
}

/** Item completions and checklist progress from the batch's newly stored track events (a retried
 * batch completes nothing again). */
export const checklists: IngestStage = {
  name: "checklists",
  maxStatements: 4,
  async run(ctx) {
    const tracked = need(ctx, "stored")
      .filter((r) => r.m.type === "track")
      .map((r) => ({
        name: r.m.name,
        properties: r.m.properties,
        endUserId: r.userId,
        accountId: r.accountId,
        timestamp: r.m.timestamp,
      }));
    await applyChecklistHooks(ctx.tx, ctx.dialect, ctx.workspace.id, tracked, ctx.rules.checklists, ctx.receivedAt);
  },
};
