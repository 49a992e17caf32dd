import type { Db } from "../db";
import { AppError } from "../errors";
import { assertPasswordAllowed } from "../workspaces/users";
import type { TChangePasswordInput } from "../workspaces/schemas";
import { hashPassword, verifyPassword } from "./password";
import { endAllSessions } from "./sessions";

/** Sets a new password after checking the current one; every other session of the account ends
 * (whoever else knew the old password is signed out), the one that changed it stays. */
export async function changePassword(args: {
  db: Db;
  userId: string;
  sessionId?: string;
  input: TChangePasswordInput;
}) {
  const user = await args.db.user.findUniqueOrThrow({
    where: { id: args.userId },
    select: { email: true, passwordHash: true },
  });
  if (!(await verifyPassword(args.input.currentPassword, user.passwordHash))) {
    const message = "That is not your current password.";
    throw new AppError("BAD_REQUEST", message, [{ path: "currentPassword", message }]);
  }
  assertPasswordAllowed(args.input.newPassword, user.email);
  const passwordHash = await hashPassword(args.input.newPassword);
  return args.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: args.userId }, data: { passwordHash } });
    return endAllSessions({ db: tx, userId: args.userId, keep: args.sessionId });
  });
}
