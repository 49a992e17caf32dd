import { getServerSession } from "next-auth";
import { db } from "../db";
import { authOptions } from "./options";
import { resolveSessionUser } from "./sessions";

/** The signed-in user. `sessionId` names the session row (absent for callers built by tests). */
export type SessionUser = { id: string; email: string; name: string; sessionId?: string };

/** The request's user: a valid cookie is not enough, its session row must still exist. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string } | undefined;
  if (!user?.id) return null;
  return resolveSessionUser({ db, userId: user.id, sessionId: user.sid });
}
