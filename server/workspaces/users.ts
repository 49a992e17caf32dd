import type { Db } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { sendVerification } from "../auth/email-verification";
import { enqueueMail } from "../mail/outbox";
import { appUrl } from "../env";
import type { TSignUpInput } from "./schemas";

/** A new password the policy refuses, as a field error the form shows under the password. */
export function assertPasswordAllowed(password: string, email?: string): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw new AppError("BAD_REQUEST", problem, [{ path: "password", message: problem }]);
}

/**
 * Sign-up answers the same whether the address is new or not, so it cannot be used to find out
 * who has an account; the mailbox learns the difference instead:
 * - a new address gets an account (unverified: it cannot sign in yet) and a confirmation link;
 * - an address with an unverified account gets a new link, carrying this sign-up's password;
 * - an address with a verified account gets a "you already have an account" mail.
 * The password is hashed in every case, so the three take the same time.
 */
export async function signUp(args: { db: Db; input: TSignUpInput }): Promise<{ email: string }> {
  const { email, name, password, next } = args.input;
  assertPasswordAllowed(password, email);
  const passwordHash = await hashPassword(password);
  try {
    await args.db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, emailVerifiedAt: true } });
      if (existing?.emailVerifiedAt) {
        await enqueueMail(tx, {
          to: email,
          kind: "account_exists",
          subject: "You already have a Cairn account",
          text: `Someone (hopefully you) tried to create a Cairn account with this address, which already has one.\n\nSign in at ${appUrl()}/signin. If it was not you, nothing changed and you can ignore this email.`,
        });
        return;
      }
      const user = existing ?? (await tx.user.create({ data: { email, name, passwordHash }, select: { id: true } }));
      await sendVerification(tx, { userId: user.id, email, passwordHash, next });
    });
  } catch (error) {
    // Two sign-ups with one address at once: the other one created the account and sent its link.
    if (!isUniqueViolation(error)) throw error;
  }
  return { email };
}
