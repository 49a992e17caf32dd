import type { Tx } from "../db";
import { sql, join } from "../sql/fragments";
import { rebuildSearchText } from "./rebuild-search-text";
import { tenantSql } from "../sql/tenant-sql";

/**
 * Feedback sent before its author's first identify was stored created a bare user (no traits, no
 * persona, no account: server/voice/record-feedback.ts), so it was recorded without persona or
 * account. When ingest then writes that user, this gives the feedback the persona and account just
 * settled and rebuilds its search text (name, email, account). Called in ingest's transaction,
 * after personas are reassigned, with the users that were bare before the batch — rarely any.
 */
export async function claimEarlyFeedback(tx: Tx, workspaceId: string, endUserIds: readonly string[]): Promise<void> {
  if (endUserIds.length === 0) return;
  const ids = join(endUserIds.map((id) => sql`${id}`));
  const claimed = await tenantSql(tx, workspaceId).query<{ id: string }[]>(sql`
    UPDATE "Feedback" SET
      "personaId" = (SELECT u."personaId" FROM "EndUser" u WHERE u."id" = "Feedback"."endUserId"),
      "accountId" = (SELECT u."accountId" FROM "EndUser" u WHERE u."id" = "Feedback"."endUserId")
    WHERE "workspaceId" = ${workspaceId} AND "endUserId" IN (${ids}) AND "personaId" IS NULL AND "accountId" IS NULL
    RETURNING "id"`);
  await rebuildSearchText(tx, workspaceId, claimed.map((r) => r.id));
}
