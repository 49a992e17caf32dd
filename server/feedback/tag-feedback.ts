import type { Db } from "../db";
import { join, sql } from "../sql/fragments";
import { assertFeedbackIds } from "./assert-feedback";
import { rebuildSearchText } from "./rebuild-search-text";
import { tenantSql } from "../sql/tenant-sql";

// Tag names arrive trimmed and lower-cased (ZTagName). Adding a tag an item already has, or
// removing one it lacks, is not an error: bulk tagging a mixed selection just works.

export async function addFeedbackTags(args: { db: Db; workspaceId: string; ids: string[]; tags: string[] }) {
  const { db, workspaceId, ids, tags } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    const rows = ids.flatMap((feedbackId) => tags.map((name) => sql`(${workspaceId}, ${feedbackId}, ${name})`));
    // ON CONFLICT keeps two PMs tagging the same item at once from failing on the primary key.
    await tenantSql(tx, workspaceId).execute(
      sql`INSERT INTO "FeedbackTag" ("workspaceId", "feedbackId", "name") VALUES ${join(rows, ", ")} ON CONFLICT DO NOTHING`,
    );
    await rebuildSearchText(tx, workspaceId, ids);
    return { ids };
  });
}

export async function removeFeedbackTags(args: { db: Db; workspaceId: string; ids: string[]; tags: string[] }) {
  const { db, workspaceId, ids, tags } = args;
  return db.$transaction(async (tx) => {
    await assertFeedbackIds(tx, workspaceId, ids);
    await tx.feedbackTag.deleteMany({ where: { workspaceId, feedbackId: { in: ids }, name: { in: tags } } });
    await rebuildSearchText(tx, workspaceId, ids);
    return { ids };
  });
}
