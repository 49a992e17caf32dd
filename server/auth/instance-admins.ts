import type { Db } from "../db";
import { AppError } from "../errors";

/** An instance admin (an operator of this Cairn, named in CAIRN_INSTANCE_ADMINS) whose address is
 * verified: an unverified account with an admin's email is not the admin. */
export async function isInstanceAdmin(args: { db: Db; userId: string; instanceAdmins: readonly string[] }) {
  if (args.instanceAdmins.length === 0) return false;
  const user = await args.db.user.findUnique({
    where: { id: args.userId },
    select: { email: true, emailVerifiedAt: true },
  });
  const email = user?.email.toLowerCase();
  return Boolean(user?.emailVerifiedAt && args.instanceAdmins.some((admin) => admin.toLowerCase() === email));
}

export async function assertInstanceAdmin(args: { db: Db; userId: string; instanceAdmins: readonly string[] }) {
  if (!(await isInstanceAdmin(args)))
    throw new AppError(
      "FORBIDDEN",
      "Only the instance's operators (CAIRN_INSTANCE_ADMINS, with a verified email) can see the mail log.",
    );
}
