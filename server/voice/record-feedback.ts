import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { dayNumber } from "../calendar/day-number";
import { sql } from "../sql/fragments";
import { AUTHOR_SELECT, authorSearchText, clampTime, messageLocale, type Author } from "./author";
import type { Outcome } from "./record-survey-response";
import type { FeedbackInput } from "./schemas";
import { isUniqueViolation } from "../errors";
import { tenantSql } from "../sql/tenant-sql";

export type FeedbackWorkspace = { id: string; timeZone: string };

/**
 * The author of a piece of feedback, created (external id only, no traits) when their identify has
 * not arrived yet: the two travel on separate queues, and refusing would lose what the user wrote
 * (docs/decisions/voice-queue.md). ON CONFLICT DO NOTHING: the identify (or a concurrent copy of
 * this message) may create the row at the same moment; ingest merges its traits in later.
 */
async function ensureAuthor(
  tx: Tx,
  dialect: SqlDialect,
  ws: FeedbackWorkspace,
  externalId: string,
  at: Date,
): Promise<Author> {
  const known = await tx.endUser.findUnique({
    where: { workspaceId_externalId: { workspaceId: ws.id, externalId } },
    select: AUTHOR_SELECT,
  });
  if (known) return known;
  const day = dayNumber(at, ws.timeZone);
  await tenantSql(tx, ws.id).execute(sql`
    INSERT INTO "EndUser" ("id", "workspaceId", "externalId", "traits", "firstSeenAt", "lastSeenAt", "firstSeenDay", "lastSeenDay")
    VALUES (${randomUUID()}, ${ws.id}, ${externalId}, ${dialect.jsonValue({})}, ${dialect.dateValue(at)}, ${dialect.dateValue(at)}, ${day}, ${day})
    ON CONFLICT ("workspaceId", "externalId") DO NOTHING`);
  return tx.endUser.findUniqueOrThrow({
    where: { workspaceId_externalId: { workspaceId: ws.id, externalId } },
    select: AUTHOR_SELECT,
  });
}

/**
 * Records one piece of feedback from the widget's button, with its author's account and persona at
 * this moment, the page it was sent from, and the inbox's search text; deduplicated by messageId
 * (a concurrent copy loses on the unique constraint and counts as a duplicate).
 */
export async function recordFeedback(args: {
  db: Db;
  dialect: SqlDialect;
  workspace: FeedbackWorkspace;
  message: FeedbackInput;
  now: Date;
}): Promise<Outcome> {
  const { db, dialect, workspace, message, now } = args;
  const workspaceId = workspace.id;
  const seen = await db.feedback.findUnique({
    where: { workspaceId_messageId: { workspaceId, messageId: message.messageId } },
    select: { id: true },
  });
  if (seen) return "duplicate";

  const createdAt = clampTime(message.timestamp, null, now);
  const category = message.category ?? null;
  try {
    await db.$transaction(async (tx) => {
      const author = await ensureAuthor(tx, dialect, workspace, message.userId, createdAt);
      await tx.feedback.create({
        data: {
          workspaceId,
          source: "widget",
          text: message.text,
          category,
          status: "new",
          endUserId: author.id,
          accountId: author.accountId,
          personaId: author.personaId,
          pageUrl: message.pageUrl || null,
          locale: messageLocale(author, message.locale),
          messageId: message.messageId,
          searchText: authorSearchText(author, message.text, category),
          createdAt,
        },
      });
    });
    return "stored";
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}
