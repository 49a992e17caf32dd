import type { Tx } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { sql, join } from "../sql/fragments";
import { changedSearchTexts } from "./rebuild-search-text";
import { tenantSql } from "../sql/tenant-sql";

/** The most statements one call runs, however many users and items: the claim, the search
 * texts' four reads (items, their tags, authors, accounts) and one write. */
export const CLAIM_EARLY_FEEDBACK_STATEMENTS = 6;

/**
 * Feedback sent before its author's first identify was stored created a bare user (no traits, no
 * persona, no account: server/voice/record-feedback.ts), so it was recorded without persona or
 * account. When ingest then writes that user, this gives the feedback the persona and account just
 * settled and rebuilds its search text (name, email, account). Called in ingest's transaction,
 * after personas are reassigned, with the users that were bare before the batch — rarely any.
 * The search texts are written in one statement (with updatedAt, as Prisma's update would set it).
 */
export async function claimEarlyFeedback(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  endUserIds: readonly string[],
  now = new Date(),
): Promise<void> {
  if (endUserIds.length === 0) return;
  const ids = join(endUserIds.map((id) => sql`${id}`));
  const claimed = await tenantSql(tx, workspaceId).query<{ id: string }[]>(sql`
    UPDATE "Feedback" SET
      "personaId" = (SELECT u."personaId" FROM "EndUser" u WHERE u."id" = "Feedback"."endUserId"),
      "accountId" = (SELECT u."accountId" FROM "EndUser" u WHERE u."id" = "Feedback"."endUserId")
    WHERE "workspaceId" = ${workspaceId} AND "endUserId" IN (${ids}) AND "personaId" IS NULL AND "accountId" IS NULL
    RETURNING "id"`);
  const changes = await changedSearchTexts(
    tx,
    workspaceId,
    claimed.map((r) => r.id),
  );
  if (changes.length === 0) return;
  const cases = join(
    changes.map((c) => sql`WHEN ${c.id} THEN ${c.searchText}`),
    " ",
  );
  await tenantSql(tx, workspaceId).execute(sql`
    UPDATE "Feedback" SET "searchText" = CASE "id" ${cases} END, "updatedAt" = ${d.dateValue(now)}
    WHERE "workspaceId" = ${workspaceId} AND "id" IN (${join(changes.map((c) => c.id))})`);
}
