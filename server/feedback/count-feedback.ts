import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { num, sql } from "../sql/fragments";
import { feedbackWhere } from "./list-where";
import { FEEDBACK_STATUSES, type FeedbackCounts, type FeedbackStatus, type TFeedbackFilters } from "./schemas";
import { tenantSql } from "../sql/tenant-sql";

/** Feedback per status under the given filters (status aside); `new` feeds the nav badge. */
export async function countFeedback(args: {
  db: Db;
  dialect: SqlDialect;
  workspaceId: string;
  filters: Omit<TFeedbackFilters, "status">;
}): Promise<FeedbackCounts> {
  const rows = await tenantSql(args.db, args.workspaceId).query<{ status: string; n: unknown }[]>(sql`
    SELECT CAST(f."status" AS TEXT) AS "status", CAST(COUNT(*) AS INTEGER) AS "n" FROM "Feedback" f
    WHERE ${feedbackWhere(args.dialect, args.workspaceId, args.filters)}
    GROUP BY f."status"`);
  const byStatus = Object.fromEntries(FEEDBACK_STATUSES.map((s) => [s, 0])) as Record<FeedbackStatus, number>;
  for (const r of rows) if (r.status in byStatus) byStatus[r.status as FeedbackStatus] = num(r.n);
  return { new: byStatus.new, total: FEEDBACK_STATUSES.reduce((sum, s) => sum + byStatus[s], 0), byStatus };
}
