import type { Db } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { enqueueMail, LINK_PLACEHOLDER } from "../mail/outbox";
import { limiter } from "../rate-limit/limits";
import { assertPasswordAllowed } from "../workspaces/users";
import { hashPassword } from "./password";
import { VERIFY_EMAIL } from "./email-verification";
import { endAllSessions } from "./sessions";
import { signInSucceeded } from "./sign-in-guard";
import { hashLinkToken, newLinkToken } from "./tokens";

export const RESET_PASSWORD = "reset_password";
const RESET_MINUTES = 60;

/**
 * "Forgot your password?": mails a one-hour link to the address if it has an account, and answers
 * the same either way (no account enumeration). Counted per address asked about, whether or not it
 * exists, so nobody can fill someone's inbox with links.
 */
export async function requestPasswordReset(args: { db: Db; email: string }): Promise<void> {
  const email = args.email.trim().toLowerCase();
  await limiter("resetMailPerAccount").consume(email, 1, "Too many password reset requests for this address.");
  const user = await args.db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return;
  const token = newLinkToken();
  await args.db.$transaction(async (tx) => {
    await tx.emailToken.create({
      data: {
        userId: user.id,
        kind: RESET_PASSWORD,
        tokenHash: hashLinkToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    await enqueueMail(tx, {
      to: user.email,
      kind: RESET_PASSWORD,
      subject: "Reset your Cairn password",
      text: `Someone asked to reset the password of your Cairn account. Open this link to choose a new one:\n\n${LINK_PLACEHOLDER}\n\nThe link works for ${RESET_MINUTES} minutes, once. If it was not you, ignore this email: your password stays as it is.`,
      link: `${appUrl()}/reset/${token}`,
    });
  });
}

const INVALID = "This reset link is invalid, was already used or has expired. Ask for a new one.";

/**
 * Opens a reset link with a new password: sets it, confirms the address (the link proves the
 * mailbox), ends every session, voids the account's other reset links and lifts a sign-in lock,
 * since whoever was guessing the old password cannot know the new one.
 */
export async function resetPassword(args: { db: Db; token: string; password: string }): Promise<{ email: string }> {
  const found = await args.db.emailToken.findUnique({
    where: { tokenHash: hashLinkToken(args.token) },
    select: { userId: true, kind: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!found || found.kind !== RESET_PASSWORD || found.usedAt || found.expiresAt < new Date())
    throw new AppError("NOT_FOUND", INVALID);
  assertPasswordAllowed(args.password, found.user.email);
  const passwordHash = await hashPassword(args.password);
  await args.db.$transaction(async (tx) => {
    const now = new Date();
    const used = await tx.emailToken.updateMany({
      where: { userId: found.userId, kind: RESET_PASSWORD, usedAt: null, expiresAt: { gte: now } },
      data: { usedAt: now },
    });
    // Two tabs submitting one link: the second finds it used.
    if (used.count === 0) throw new AppError("NOT_FOUND", INVALID);
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
    await tx.user.updateMany({ where: { id: found.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    // A pending confirmation link may carry the password of whoever signed up with this address;
    // opening it later must not undo the reset.
    await tx.emailToken.updateMany({
      where: { userId: found.userId, kind: VERIFY_EMAIL, usedAt: null },
      data: { usedAt: now },
    });
    await endAllSessions({ db: tx, userId: found.userId });
  });
  await signInSucceeded(found.user.email);
  return { email: found.user.email };
}
