import type { Db } from "../db";

/** Deletes sessions past their expiry (readSession refuses them already) and email tokens that
 * were used or expired (the verification and reset links refuse both): the daily "sweep.auth"
 * job. */
export async function sweepExpiredAuthRows(args: { db: Db; now?: Date }) {
  const now = args.now ?? new Date();
  const [sessions, tokens] = await args.db.$transaction([
    args.db.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    args.db.emailToken.deleteMany({ where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] } }),
  ]);
  return { sessions: sessions.count, tokens: tokens.count };
}
