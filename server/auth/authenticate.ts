import type { Db } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";

/**
 * The credentials check behind sign-in. Every failure looks the same to the caller (null), and
 * takes the same path: an unknown address still verifies a password (against a dummy hash), and
 * an unverified account is refused only after its password was checked.
 */
export async function authenticate(args: {
  db: Db;
  email: string;
  password: string;
  verify?: (password: string, stored: string) => Promise<boolean>;
}): Promise<{ id: string; email: string; name: string } | null> {
  const verify = args.verify ?? verifyPassword;
  const user = await args.db.user.findUnique({
    where: { email: args.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerifiedAt: true },
  });
  const matches = await verify(args.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !matches || !user.emailVerifiedAt) return null;
  return { id: user.id, email: user.email, name: user.name };
}
