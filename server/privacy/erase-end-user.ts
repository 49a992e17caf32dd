import type { Db, Tx } from "../db";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { rebuildSearchText } from "../feedback/rebuild-search-text";
import { eraseEventChunk } from "./erase-events";
import { findEndUser } from "./find-end-user";
import { personFilters } from "./person-keys";
import type { ErasureCounts, ErasureResult } from "./schemas";

// What is erased and kept, and why: docs/decisions/erasure.md.

/** Long enough for the final transaction of a user with thousands of answers and votes. */
const FINAL_TX = { timeout: 60_000, maxWait: 10_000 };

export type EraseEndUserArgs = {
  db: Db;
  workspaceId: string;
  externalId: string;
  actor: AuditActor;
  ip?: string | null;
};

/** The user's feedback goes; other people's duplicates of it stand on their own again (linked to
 * the removed item's roadmap item when it had one). */
async function removeFeedback(tx: Tx, workspaceId: string, endUserId: string): Promise<number> {
  const mine = await tx.feedback.findMany({
    where: { workspaceId, endUserId },
    select: { id: true, roadmapItemId: true },
  });
  if (mine.length === 0) return 0;
  const ids = mine.map((f) => f.id);
  for (const original of mine) {
    await tx.feedback.updateMany({
      where: { workspaceId, duplicateOfId: original.id, id: { notIn: ids } },
      data: original.roadmapItemId
        ? { duplicateOfId: null, status: "linked", roadmapItemId: original.roadmapItemId }
        : { duplicateOfId: null, status: "triaged" },
    });
  }
  await tx.feedbackTag.deleteMany({ where: { workspaceId, feedbackId: { in: ids } } });
  const { count } = await tx.feedback.deleteMany({ where: { workspaceId, id: { in: ids } } });
  return count;
}

/** The text stays for the product team; nothing points back at the person any more. The account
 * and persona stay: they describe a company and a role, not a person. */
async function anonymizeFeedback(tx: Tx, workspaceId: string, endUserId: string): Promise<number> {
  const mine = await tx.feedback.findMany({ where: { workspaceId, endUserId }, select: { id: true } });
  if (mine.length === 0) return 0;
  const ids = mine.map((f) => f.id);
  await tx.feedback.updateMany({
    where: { workspaceId, id: { in: ids } },
    data: { endUserId: null, pageUrl: null, surveyResponseId: null, messageId: null },
  });
  // The search text held the author's userId, name and email.
  await rebuildSearchText(tx, workspaceId, ids);
  return ids.length;
}

async function deleteVotes(tx: Tx, workspaceId: string, user: { id: string; traits: unknown }): Promise<number> {
  const where = { workspaceId, ...personFilters(user).votes };
  const items = await tx.vote.findMany({ where, select: { roadmapItemId: true }, distinct: ["roadmapItemId"] });
  const { count } = await tx.vote.deleteMany({ where });
  for (const { roadmapItemId } of items) {
    const voteCount = await tx.vote.count({ where: { workspaceId, roadmapItemId } });
    await tx.roadmapItem.updateMany({ where: { workspaceId, id: roadmapItemId }, data: { voteCount } });
  }
  return count;
}

/**
 * Erases everything stored about one end user (docs/decisions/erasure.md): raw events first, in
 * chunks of their own transactions (each takes its events out of EventDay and AccountDay and
 * recounts the FeatureAccount rows they touched, as it deletes them),
 * then one transaction for the rest, the EndUser row and the audit entry. A crash at any point
 * leaves a consistent state from which running it again finishes the job; once finished, the
 * user is unknown (NOT_FOUND), as is an unknown userId.
 */
export async function eraseEndUser(args: EraseEndUserArgs): Promise<ErasureResult> {
  const { db, workspaceId } = args;
  const user = await findEndUser(db, workspaceId, args.externalId);
  const erased = { events: 0, eventDays: 0, accountDays: 0, featureAccounts: 0 };
  const add = (chunk: typeof erased) => {
    for (const k of Object.keys(erased) as (keyof typeof erased)[]) erased[k] += chunk[k];
    return chunk.events > 0;
  };
  while (add(await db.$transaction((tx) => eraseEventChunk(tx, workspaceId, user.id)))) {
    // each chunk commits on its own
  }

  const { erasedFeedback } = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { erasedFeedback: true },
  });

  const counts = await db.$transaction(async (tx): Promise<ErasureCounts> => {
    // Deleted first: on PostgreSQL this locks the row ingest upserts, so a batch for this user
    // either committed before (its events are erased below) or waits and makes a fresh user.
    const gone = await tx.endUser.deleteMany({ where: { workspaceId, id: user.id } });
    if (gone.count === 0) await findEndUser(tx, workspaceId, args.externalId); // erased meanwhile: NOT_FOUND
    const endUserId = user.id;
    const where = { workspaceId, endUserId };
    while (add(await eraseEventChunk(tx, workspaceId, endUserId))) {
      // events stored for the user since the chunks above
    }
    // The anonymousIds joined to this user (or this anonymous user's own) point at no one now.
    const ownAnonymousId = user.externalId.startsWith("anon:") ? user.externalId.slice("anon:".length) : null;
    await tx.anonymousId.deleteMany({
      where: { workspaceId, OR: [{ endUserId }, ...(ownAnonymousId ? [{ anonymousId: ownAnonymousId }] : [])] },
    });
    const userDays = (await tx.userDay.deleteMany({ where })).count;
    const featureUserDays = (await tx.featureUserDay.deleteMany({ where })).count;
    // Per-person rollups go whole; the account-level ones (AccountDay, FeatureAccount) lost the
    // user's events chunk by chunk above.
    const userEventDays = (await tx.userEventDay.deleteMany({ where })).count;
    // The person's engagement scores go too; the day's product and account scores stay (they
    // were computed over everyone, like the account rollups).
    await tx.engagementUserDay.deleteMany({ where });
    const featureUsers = (await tx.featureUser.deleteMany({ where })).count;
    const checklistProgress = (await tx.checklistProgress.deleteMany({ where })).count;
    const checklistCompletions = (
      await tx.checklistItemCompletion.deleteMany({ where: { workspaceId, subjectKey: `u:${endUserId}` } })
    ).count;
    // The account completed the item; this user was the one who did it. The account's
    // completion stays, without the person.
    const accountCompletionsDetached = (
      await tx.checklistItemCompletion.updateMany({ where, data: { endUserId: null } })
    ).count;
    const feedbackRemoved = erasedFeedback === "remove" ? await removeFeedback(tx, workspaceId, endUserId) : 0;
    const feedbackAnonymized = erasedFeedback === "anonymize" ? await anonymizeFeedback(tx, workspaceId, endUserId) : 0;
    const surveyResponses = (await tx.surveyResponse.deleteMany({ where })).count;
    const surveyDisplays = (await tx.surveyDisplay.deleteMany({ where })).count;
    const votes = await deleteVotes(tx, workspaceId, user);
    const notifications = (
      await tx.notification.deleteMany({ where: { workspaceId, ...personFilters(user).notifications } })
    ).count;
    const result: ErasureCounts = {
      events: erased.events,
      userDays,
      featureUserDays,
      userEventDays,
      featureUsers,
      eventDaysDecremented: erased.eventDays,
      accountDaysDecremented: erased.accountDays,
      featureAccountsRecounted: erased.featureAccounts,
      checklistProgress,
      checklistCompletions,
      accountCompletionsDetached,
      surveyDisplays,
      surveyResponses,
      feedbackRemoved,
      feedbackAnonymized,
      votes,
      notifications,
    };
    await recordAudit(tx, {
      workspaceId,
      actor: args.actor,
      action: "end-user.erased",
      target: user.externalId,
      details: { ...result, erasedFeedback },
      ip: args.ip ?? null,
    });
    return result;
  }, FINAL_TX);
  return { userId: user.externalId, erased: true, counts };
}
