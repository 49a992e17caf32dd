import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { raw, sql } from "../sql/fragments";
import { loadFeedbackRows } from "./feedback-rows";
import { afterCursor, feedbackWhere } from "./list-where";
import type { FeedbackRow, TListFeedbackInput } from "./schemas";
import { tenantSql } from "../sql/tenant-sql";

/** Newest first (then id), `limit` per page. `nextCursor` is the last row's id: the next page
 * holds the rows after it, so feedback arriving meanwhile does not shift later pages. */
export async function listFeedback(args: {
  db: Db;
  dialect: SqlDialect;
  workspaceId: string;
  input: TListFeedbackInput;
}): Promise<{ items: FeedbackRow[]; nextCursor: string | null }> {
  const { db, dialect, workspaceId, input } = args;
  const after = input.cursor ? sql` AND ${afterCursor(workspaceId, input.cursor)}` : raw("");
  const rows = await tenantSql(db, workspaceId).query<{ id: string }[]>(sql`
    SELECT f."id" AS "id" FROM "Feedback" f
    WHERE ${feedbackWhere(dialect, workspaceId, input)}${after}
    ORDER BY f."createdAt" DESC, f."id" DESC
    LIMIT ${input.limit + 1}`);
  const ids = rows.slice(0, input.limit).map((r) => r.id);
  const items = await loadFeedbackRows(db, workspaceId, ids);
  return { items, nextCursor: rows.length > input.limit ? ids[ids.length - 1]! : null };
}
