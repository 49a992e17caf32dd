import type { DbOrTx } from "../db";
import { personFromTraits } from "./feedback-rows";
import { feedbackSearchText } from "./search-text";

/** These items' search text from their current text, category, tags, author and account, for
 * those where it differs from the stored one. Reads only (four queries, whatever the number of ids). */
export async function changedSearchTexts(
  db: DbOrTx,
  workspaceId: string,
  ids: readonly string[],
): Promise<{ id: string; searchText: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.feedback.findMany({
    where: { workspaceId, id: { in: [...ids] } },
    select: {
      id: true,
      text: true,
      category: true,
      endUserId: true,
      accountId: true,
      searchText: true,
      tags: { select: { name: true }, orderBy: { name: "asc" } },
    },
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.endUserId ? [r.endUserId] : [])))];
  const accountIds = [...new Set(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])))];
  // One after the other: inside a transaction both would share one connection.
  const users = await db.endUser.findMany({
    where: { workspaceId, id: { in: userIds } },
    select: { id: true, externalId: true, traits: true },
  });
  const accounts = await db.account.findMany({
    where: { workspaceId, id: { in: accountIds } },
    select: { id: true, externalId: true, name: true },
  });
  const userById = new Map(users.map((u) => [u.id, u]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  return rows.flatMap((r) => {
    const user = r.endUserId ? userById.get(r.endUserId) : undefined;
    const account = r.accountId ? accountById.get(r.accountId) : undefined;
    const person = user ? personFromTraits(user.traits) : null;
    const searchText = feedbackSearchText({
      text: r.text,
      category: r.category,
      tags: r.tags.map((t) => t.name),
      author: user ? [user.externalId, person?.name, person?.email] : [],
      accountName: account?.name ?? account?.externalId ?? null,
    });
    return searchText === r.searchText ? [] : [{ id: r.id, searchText }];
  });
}

/** Rewrites Feedback.searchText for these items from their current text, category, tags, author
 * and account: call it in the same transaction as any change to those. */
export async function rebuildSearchText(db: DbOrTx, workspaceId: string, ids: readonly string[]): Promise<void> {
  for (const { id, searchText } of await changedSearchTexts(db, workspaceId, ids)) {
    await db.feedback.updateMany({ where: { workspaceId, id }, data: { searchText } });
  }
}
