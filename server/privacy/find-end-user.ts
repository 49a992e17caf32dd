import type { DbOrTx } from "../db";
import { AppError } from "../errors";

export const END_USER_SELECT = {
  id: true,
  externalId: true,
  traits: true,
  accountId: true,
  personaId: true,
  locale: true,
  firstSeenAt: true,
  lastSeenAt: true,
  firstSeenDay: true,
  lastSeenDay: true,
} as const;

/** The workspace's end user with this userId (or "anon:<anonymousId>"), or NOT_FOUND: another
 * workspace's user, and one already erased, are simply unknown here. */
export async function findEndUser(db: DbOrTx, workspaceId: string, externalId: string) {
  const user = await db.endUser.findUnique({
    where: { workspaceId_externalId: { workspaceId, externalId } },
    select: END_USER_SELECT,
  });
  if (!user)
    throw new AppError("NOT_FOUND", `No end user with userId "${externalId}" in this workspace (or already erased).`);
  return user;
}
