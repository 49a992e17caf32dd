import { anonymousIdsOf, resolveAnonymous, stitchesOf, type AnonymousLink } from "../anonymous-ids";
import { join, raw, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import type { IngestStage } from "./stage";

/**
 * First stage: every anonymousId the batch names gets its AnonymousId row (a placeholder when new),
 * and the rows are read locked, in anonymousId order. So every batch naming an anonymousId waits
 * for another batch joining it to a user, and then sees the join: an anonymous batch arriving
 * during a stitch lands on the user, never on an anonymous user the stitch is deleting. Anonymous-
 * only messages whose anonymousId is joined (before, or by an identify in this batch) are handed on
 * as the user's. Two statements, none for a batch that names no anonymousId.
 */
export const anonymousIds: IngestStage = {
  name: "anonymous-ids",
  // 1. the placeholders (INSERT … ON CONFLICT DO NOTHING: waits for a batch inserting the same row)
  // 2. the rows, read FOR UPDATE on PostgreSQL (SQLite runs one writer at a time)
  maxStatements: 2,
  async run(ctx) {
    const ids = anonymousIdsOf(ctx.messages);
    if (ids.length === 0) return { stitches: new Map() };
    const { tx, dialect: d, workspace } = ctx;
    const db = tenantSql(tx, workspace.id);
    const at = d.dateValue(ctx.receivedAt);
    await db.execute(sql`
      INSERT INTO "AnonymousId" ("workspaceId", "anonymousId", "createdAt")
      VALUES ${join(ids.map((id) => sql`(${workspace.id}, ${id}, ${at})`))}
      ON CONFLICT ("workspaceId", "anonymousId") DO NOTHING`);
    const rows = await db.query<AnonymousLink[]>(sql`
      SELECT "anonymousId", "endUserId", "userId" FROM "AnonymousId"
      WHERE "workspaceId" = ${workspace.id} AND "anonymousId" IN (${join(ids)})
      ORDER BY "anonymousId" ${raw(d.name === "postgres" ? "FOR UPDATE" : "")}`);
    const links = new Map(rows.map((r) => [r.anonymousId, r]));
    const stitches = stitchesOf(ctx.messages, links);
    return { messages: resolveAnonymous(ctx.messages, links, stitches), stitches };
  },
};
