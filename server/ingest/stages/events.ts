import { randomUUID } from "node:crypto";
import { dayNumber } from "../../calendar/day-number";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type EventRow, type IngestStage } from "./stage";

/** Inserts the batch's events in one statement; an event already stored (same workspace and
 * messageId: a retried batch) is skipped, and left out of `stored`, so the stages after it do not
 * count it twice. Rows go in messageId order, so concurrent batches lock in one order. */
export const events: IngestStage = {
  name: "events",
  maxStatements: 1,
  async run(ctx) {
    const { dialect: d, workspace, receivedAt } = ctx;
    const users = need(ctx, "users");
    const accountIds = need(ctx, "accountIds");
    const rows: EventRow[] = ctx.messages
      .map((m) => {
        const user = users.get(m.userKey)!;
        const accountId = m.groupId ? (accountIds.get(m.groupId) ?? null) : user.accountId;
        return { m, userId: user.id, accountId, day: dayNumber(m.timestamp, workspace.timeZone) };
      })
      .sort((a, b) => (a.m.messageId < b.m.messageId ? -1 : 1));
    const values = rows.map(
      ({ m, userId, accountId, day }) =>
        sql`(${randomUUID()}, ${workspace.id}, ${m.messageId}, ${m.type}, ${m.name}, ${userId}, ${accountId},
          ${d.jsonValue(m.properties)}, ${m.context ? d.jsonValue(m.context) : null}, ${d.dateValue(m.timestamp)},
          ${d.nullableDate(m.originalTimestamp)}, ${d.dateValue(receivedAt)}, ${day})`,
    );
    const inserted = await tenantSql(ctx.tx, workspace.id).query<{ messageId: string }[]>(sql`
      INSERT INTO "Event" ("id", "workspaceId", "messageId", "type", "name", "endUserId", "accountId",
        "properties", "context", "timestamp", "originalTimestamp", "receivedAt", "day")
      VALUES ${join(values)}
      ON CONFLICT ("workspaceId", "messageId") DO NOTHING
      RETURNING "messageId"`);
    const storedIds = new Set(inserted.map((r) => r.messageId));
    return { stored: rows.filter((r) => storedIds.has(r.m.messageId)) };
  },
};
