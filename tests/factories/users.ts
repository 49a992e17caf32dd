import type { Db } from "../../server/db";
import type { SessionUser } from "../../server/auth/session";
import { unique } from "./unique";

/** Every factory user has this password. Its hash below was made once with server/auth/password
 * (scrypt N=2^17 takes ~0.3 s, far too slow per user); tests/unit/password.test.ts checks it still
 * verifies, so a change of hash format shows up there. */
export const TEST_PASSWORD = "cairn-test-password";
export const TEST_PASSWORD_HASH =
  "scrypt$131072$8$1$IkSbJtUSB2G55TfVxxEvGw$YYqVedjF5lCLbslKNt3ooe0aTeT4eRELHw6GyRmQIiw";

export type TestUser = SessionUser;

/** A user whose email is verified, unless `verified: false`. */
export async function createUser(
  db: Db,
  opts: { email?: string; name?: string; verified?: boolean } = {},
): Promise<TestUser> {
  const tag = unique();
  return db.user.create({
    data: {
      email: opts.email ?? `user-${tag}@cairn.test`,
      name: opts.name ?? `User ${tag}`,
      passwordHash: TEST_PASSWORD_HASH,
      emailVerifiedAt: opts.verified === false ? null : new Date(),
    },
    select: { id: true, email: true, name: true },
  });
}
