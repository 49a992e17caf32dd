import type { Db } from "../db";
import { AppError } from "../errors";
import { loadFeedbackRows } from "./feedback-rows";
import { rebuildSearchText } from "./rebuild-search-text";
import type { FeedbackRow, TCreateFeedbackInput } from "./schemas";

/**
 * Feedback a PM writes down for a customer (source "pm"). The customer is named by the ids the
 * host product sends (identify's userId, group's groupId) and must have been seen; the account
 * defaults to the user's, and the persona and locale are the user's.
 */
export async function createFeedback(args: {
  db: Db;
  workspaceId: string;
  input: TCreateFeedbackInput;
}): Promise<FeedbackRow> {
  const { db, workspaceId, input } = args;
  const id = await db.$transaction(async (tx) => {
    const user = input.userExternalId
      ? await tx.endUser.findFirst({
          where: { workspaceId, externalId: input.userExternalId },
          select: { id: true, accountId: true, personaId: true, locale: true },
        })
      : null;
    if (input.userExternalId && !user) {
      throw new AppError("BAD_REQUEST", `No user "${input.userExternalId}" has been seen in this workspace.`, [
        { path: "userExternalId", message: "No user with this id has been seen" },
      ]);
    }
    let accountId = user?.accountId ?? null;
    if (input.accountExternalId) {
      const account = await tx.account.findFirst({
        where: { workspaceId, externalId: input.accountExternalId },
        select: { id: true },
      });
      if (!account) {
        throw new AppError("BAD_REQUEST", `No account "${input.accountExternalId}" has been seen in this workspace.`, [
          { path: "accountExternalId", message: "No account with this id has been seen" },
        ]);
      }
      accountId = account.id;
    }
    const created = await tx.feedback.create({
      data: {
        workspaceId,
        source: "pm",
        text: input.text,
        category: input.category,
        endUserId: user?.id ?? null,
        accountId,
        personaId: user?.personaId ?? null,
        locale: user?.locale ?? null,
        tags: { create: input.tags.map((name) => ({ workspaceId, name })) },
      },
      select: { id: true },
    });
    await rebuildSearchText(tx, workspaceId, [created.id]);
    return created.id;
  });
  const [row] = await loadFeedbackRows(db, workspaceId, [id]);
  return row!;
}
