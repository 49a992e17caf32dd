import { randomUUID } from "node:crypto";
import type { DbOrTx, Dialect } from "../db";
import { dateValue, join, raw, sql, type Sql } from "../sql";
import type { ExposureGroup } from "../audience/holdout";

// Values for raw statements on ChecklistProgress that read the same on SQLite and PostgreSQL.

/** A date or a NULL typed as one: PostgreSQL reads an all-NULL column of a VALUES list as text. */
export function nullableDate(d: Dialect, date: Date | null): Sql {
  if (date) return dateValue(d, date);
  return d === "postgres" ? sql`CAST(NULL AS timestamp(3))` : sql`NULL`;
}

/** The enum literal, cast on PostgreSQL (a text parameter does not convert to an enum). */
export function groupValue(d: Dialect, group: ExposureGroup): Sql {
  const literal = group === "holdout" ? "'holdout'" : "'exposed'";
  return raw(d === "postgres" ? `CAST(${literal} AS "ExposureGroup")` : literal);
}

export type Exposure = { checklistId: string; group: ExposureGroup; completedAt: Date | null };

/** Records a user's first exposure (or holdout) per checklist. A row already there wins: two
 * first fetches at once, on two app instances, store one row and agree on its group. */
export async function recordExposures(db: DbOrTx, d: Dialect, workspaceId: string, endUserId: string, rows: Exposure[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      sql`(${randomUUID()}, ${workspaceId}, ${r.checklistId}, ${endUserId}, ${groupValue(d, r.group)}, ${nullableDate(d, r.completedAt)}, ${dateValue(d, now)})`,
  );
  await db.$executeRaw(sql`
    INSERT INTO "ChecklistProgress" ("id", "workspaceId", "checklistId", "endUserId", "group", "completedAt", "createdAt")
    VALUES ${join(values)}
    ON CONFLICT ("checklistId", "endUserId") DO NOTHING`);
}
