import type { DbOrTx } from "../db";
import { ACTIVITY_TYPES } from "../ingest/normalize-message";
import { join, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

/** Events deleted per transaction: a chunk commits in well under a second, and its bound values
 * stay far under both databases' limits. */
export const ERASE_CHUNK = 2000;

/**
 * Deletes up to `limit` of the user's raw events and takes them out of EventDay (per workspace ×
 * day × name: the activity types only, as ingest counts them), deleting rows that reach zero.
 * Run it in a transaction: the events and their counts go together, so a crash between chunks
 * leaves the rollup equal to what the remaining events add up to, and running again resumes.
 * Oldest first, so a chunk spans few days and touches few EventDay rows.
 * Returns how many events went and how many EventDay rows changed.
 */
export async function eraseEventChunk(
  tx: DbOrTx,
  workspaceId: string,
  endUserId: string,
  limit = ERASE_CHUNK,
): Promise<{ events: number; eventDays: number }> {
  const rows = await tx.event.findMany({
    where: { workspaceId, endUserId },
    select: { id: true, day: true, name: true, type: true },
    // The (workspaceId, endUserId, timestamp) index's own order: no sort of all the user's events
    // per chunk (a tie-break on id would need one).
    orderBy: { timestamp: "asc" },
    take: limit,
  });
  if (rows.length === 0) return { events: 0, eventDays: 0 };
  const perDayName = new Map<string, { day: number; name: string; n: number }>();
  for (const r of rows) {
    if (!ACTIVITY_TYPES.has(r.type)) continue;
    const key = `${r.day}|${r.name}`;
    const hit = perDayName.get(key);
    if (hit) hit.n += 1;
    else perDayName.set(key, { day: r.day, name: r.name, n: 1 });
  }
  let eventDays = 0;
  if (perDayName.size > 0) {
    const groups = [...perDayName.values()];
    const keys = join(groups.map((g) => sql`(${g.day}, ${g.name})`));
    const minus = join(
      groups.map((g) => sql`WHEN "day" = ${g.day} AND "name" = ${g.name} THEN CAST(${g.n} AS INTEGER)`),
      " ",
    );
    const t = tenantSql(tx, workspaceId);
    eventDays = await t.execute(sql`
      UPDATE "EventDay" SET "count" = "count" - (CASE ${minus} ELSE 0 END)
      WHERE "workspaceId" = ${workspaceId} AND ("day", "name") IN (${keys})`);
    await t.execute(sql`
      DELETE FROM "EventDay" WHERE "workspaceId" = ${workspaceId} AND ("day", "name") IN (${keys}) AND "count" <= 0`);
  }
  const { count } = await tx.event.deleteMany({ where: { workspaceId, id: { in: rows.map((r) => r.id) } } });
  return { events: count, eventDays };
}
