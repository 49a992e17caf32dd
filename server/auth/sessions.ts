import type { Db, DbOrTx } from "../db";
import type { SessionUser } from "./session";

/** How long a session lasts (the next-auth JWT's maxAge too). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** A new session row for a sign-in; the JWT carries its id. Expired rows of the user go. */
export async function startSession(args: { db: Db; userId: string; now?: Date }) {
  const now = args.now ?? new Date();
  await args.db.session.deleteMany({ where: { userId: args.userId, expiresAt: { lt: now } } });
  return args.db.session.create({
    data: { userId: args.userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true, expiresAt: true },
  });
}

/** The user of a session cookie's claims, or null when its session row is gone (signed out,
 * signed out everywhere, password changed, account deleted) or expired. Read on every request. */
export async function resolveSessionUser(args: {
  db: Db;
  userId: string;
  sessionId: string | undefined;
  now?: Date;
}): Promise<SessionUser | null> {
  if (!args.sessionId) return null;
  const session = await args.db.session.findUnique({
    where: { id: args.sessionId },
    select: { userId: true, expiresAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!session || session.userId !== args.userId || session.expiresAt < (args.now ?? new Date())) return null;
  return { ...session.user, sessionId: args.sessionId };
}

export async function endSession(args: { db: DbOrTx; sessionId: string }) {
  await args.db.session.deleteMany({ where: { id: args.sessionId } });
}

/** Ends every session of the user, but `keep` (the one changing the password stays signed in). */
export async function endAllSessions(args: { db: DbOrTx; userId: string; keep?: string }) {
  const { count } = await args.db.session.deleteMany({
    where: { userId: args.userId, ...(args.keep ? { id: { not: args.keep } } : {}) },
  });
  return { ended: count };
}
