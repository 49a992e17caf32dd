import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { join, sql } from "../sql/fragments";
import type { ExposureGroup } from "../audience/holdout";
import { tenantSql } from "../sql/tenant-sql";

// Values for raw statements on ChecklistProgress that read the same on SQLite and PostgreSQL.

export type Exposure = { checklistId: string; group: ExposureGroup; completedAt: Date | null };

/** Records a user's first exposure (or holdout) per checklist. A row already there wins: two
 * first fetches at once, on two app instances, store one row and agree on its group. */
export async function recordExposures(
  db: DbOrTx,
  d: SqlDialect,
  workspaceId: string,
  endUserId: string,
  rows: Exposure[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      sql`(${randomUUID()}, ${workspaceId}, ${r.checklistId}, ${endUserId}, ${d.enumValue("ExposureGroup", r.group)}, ${d.nullableDate(r.completedAt)}, ${d.dateValue(now)})`,
  );
  await tenantSql(db, workspaceId).execute(sql`
    INSERT INTO "ChecklistProgress" ("id", "workspaceId", "checklistId", "endUserId", "group", "completedAt", "createdAt")
    VALUES ${join(values)}
    ON CONFLICT ("checklistId", "endUserId") DO NOTHING`);
}
