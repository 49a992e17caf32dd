import type { Db, DbOrTx } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { enqueueMail, LINK_PLACEHOLDER } from "../mail/outbox";
import { safeNext } from "../workspaces/schemas";
import { hashLinkToken, newLinkToken } from "./tokens";

export const VERIFY_EMAIL = "verify_email";
const VERIFY_HOURS = 24;

/**
 * Writes a verification token and its mail (in the caller's transaction). A sign-up passes the
 * hash of the password it chose: opening the link sets it, so when two people signed up with one
 * address, the owner of the mailbox decides which password the account keeps.
 */
export async function sendVerification(
  db: DbOrTx,
  args: { userId: string; email: string; passwordHash?: string; next?: string | null },
) {
  const token = newLinkToken();
  await db.emailToken.create({
    data: {
      userId: args.userId,
      kind: VERIFY_EMAIL,
      tokenHash: hashLinkToken(token),
      passwordHash: args.passwordHash ?? null,
      expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000),
    },
  });
  const next = safeNext(args.next, "");
  const link = `${appUrl()}/verify/${token}${next ? `?next=${encodeURIComponent(next)}` : ""}`;
  await enqueueMail(db, {
    to: args.email,
    kind: VERIFY_EMAIL,
    subject: "Confirm your email address for Cairn",
    text: `Open this link to confirm your email address and finish setting up your Cairn account:\n\n${LINK_PLACEHOLDER}\n\nThe link works for ${VERIFY_HOURS} hours. If you did not sign up for Cairn, ignore this email: nothing happens without the link.`,
    link,
  });
}

/** Opens a verification link: the address is verified (with the link's password, if it carries
 * one) and every other pending link of the account stops working. */
export async function verifyEmail(args: { db: Db; token: string }) {
  return args.db.$transaction(async (tx) => {
    const now = new Date();
    const token = await tx.emailToken.findUnique({
      where: { tokenHash: hashLinkToken(args.token) },
      select: { id: true, userId: true, kind: true, passwordHash: true, expiresAt: true, usedAt: true },
    });
    if (!token || token.kind !== VERIFY_EMAIL || token.usedAt || token.expiresAt < now)
      throw new AppError(
        "NOT_FOUND",
        "This confirmation link is invalid, was already used or has expired. Ask for a new one on the sign-in page.",
      );
    const used = await tx.emailToken.updateMany({
      where: { userId: token.userId, kind: VERIFY_EMAIL, usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 0) throw new AppError("NOT_FOUND", "This confirmation link was already used.");
    const user = await tx.user.update({
      where: { id: token.userId },
      data: { emailVerifiedAt: now, ...(token.passwordHash ? { passwordHash: token.passwordHash } : {}) },
      select: { email: true },
    });
    // A new password ends every session made with the old one.
    if (token.passwordHash) await tx.session.deleteMany({ where: { userId: token.userId } });
    return user;
  });
}

/** "Resend the confirmation link": answers the same whether or not the address has an account;
 * sends a link only to an account that is not verified yet. */
export async function resendVerification(args: { db: Db; email: string }): Promise<void> {
  const user = await args.db.user.findUnique({
    where: { email: args.email },
    select: { id: true, email: true, emailVerifiedAt: true },
  });
  if (!user || user.emailVerifiedAt) return;
  await args.db.$transaction((tx) => sendVerification(tx, { userId: user.id, email: user.email }));
}
