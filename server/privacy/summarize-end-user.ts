import type { Db } from "../db";
import type { EndUserSummary } from "./schemas";
import { findEndUser } from "./find-end-user";

/** What Settings → Privacy shows before an export or an erasure: when the user was seen and how
 * much is stored about them. NOT_FOUND for an unknown userId. */
export async function summarizeEndUser(args: {
  db: Db;
  workspaceId: string;
  externalId: string;
}): Promise<EndUserSummary> {
  const { db, workspaceId } = args;
  const user = await findEndUser(db, workspaceId, args.externalId);
  const endUserId = user.id;
  const account = user.accountId
    ? await db.account.findFirst({
        where: { workspaceId, id: user.accountId },
        select: { externalId: true, name: true },
      })
    : null;
  return {
    userId: user.externalId,
    firstSeenAt: user.firstSeenAt,
    lastSeenAt: user.lastSeenAt,
    account: account ? (account.name ?? account.externalId) : null,
    counts: {
      events: await db.event.count({ where: { workspaceId, endUserId } }),
      surveyResponses: await db.surveyResponse.count({ where: { workspaceId, endUserId } }),
      feedback: await db.feedback.count({ where: { workspaceId, endUserId } }),
      votes: await db.vote.count({ where: { workspaceId, endUserId } }),
    },
  };
}
