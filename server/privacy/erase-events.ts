import type { DbOrTx } from "../db";
import { join, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

/** Events deleted per transaction: the ids are bound twice, well under both databases' limits on
 * bound values, and a chunk commits in well under a second. */
export const ERASE_CHUNK = 2000;

/**
 * Deletes up to `limit` of the user's raw events and takes them out of EventDay (per workspace ×
 * day × name: track and page events only, as ingest counts them), deleting rows that reach zero.
 * Run it in a transaction: the events and their counts go together, so a crash between chunks
 * leaves the rollup equal to what the remaining events add up to, and running again resumes.
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
    select: { id: true, day: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  if (rows.length === 0) return { events: 0, eventDays: 0 };
  const ids = join(rows.map((r) => sql`${r.id}`));
  const days = rows.map((r) => r.day);
  const [from, to] = [Math.min(...days), Math.max(...days)];
  const mine = sql`FROM "Event" e WHERE e."workspaceId" = "EventDay"."workspaceId" AND e."day" = "EventDay"."day"
      AND e."name" = "EventDay"."name" AND e."type" IN ('track', 'page') AND e."id" IN (${ids})`;
  const t = tenantSql(tx, workspaceId);
  const eventDays = await t.execute(sql`
    UPDATE "EventDay" SET "count" = "count" - (SELECT COUNT(*) ${mine})
    WHERE "workspaceId" = ${workspaceId} AND "day" >= ${from} AND "day" <= ${to} AND EXISTS (SELECT 1 ${mine})`);
  await t.execute(sql`
    DELETE FROM "EventDay" WHERE "workspaceId" = ${workspaceId} AND "day" >= ${from} AND "day" <= ${to} AND "count" <= 0`);
  const { count } = await tx.event.deleteMany({ where: { workspaceId, id: { in: rows.map((r) => r.id) } } });
  return { events: count, eventDays };
}
