import type { KeyOwner } from "../api-keys/api-keys";
import type { Db } from "../db";
import { AppError } from "../errors";
import type { IdentityMode } from "./schemas";
import { activeSecrets } from "./secrets";
import { verifyUserHash } from "./verify-user-hash";

// The REST edge's check of "is this caller allowed to act as this userId?" (withWriteKey gives each
// handler one, as `identity`). The secret key is a server's: trusted for any user. A write key is
// in every host page: under "required" its calls about a userId must carry a valid userHash;
// under "optional" (and "off") they are accepted and counted as verified or not. Calls with no
// userId (an anonymousId only) have no user to impersonate.

export type IdentityVerdict = { ok: true; verified: boolean } | { ok: false; reason: string };

export type IdentityCheck = {
  readonly mode: IdentityMode;
  /** The verdict on acting as `userId` with `userHash` (per message, in batches). */
  check(userId: string | null | undefined, userHash: unknown): Promise<IdentityVerdict>;
  /** Whether `userId` is verified; throws a 401 AppError saying what is missing when it is refused. */
  require(userId: string, userHash: unknown): Promise<boolean>;
};

const HOW_TO_SIGN =
  "sign the userId on your server (HMAC-SHA256 hex of the userId with the workspace's identity secret, or an HS256 JWT with sub = userId) and send it as userHash";

export function identityCheck(args: { db: Db; owner: KeyOwner; now: () => Date }): IdentityCheck {
  const { owner } = args;
  const mode = owner.workspace.identityVerification;
  let secrets: Promise<string[]> | null = null;

  async function check(userId: string | null | undefined, userHash: unknown): Promise<IdentityVerdict> {
    if (owner.kind === "secret") return { ok: true, verified: true };
    if (userId === null || userId === undefined || userId === "") return { ok: true, verified: false };
    if (userHash === undefined || userHash === null || userHash === "") {
      if (mode === "required")
        return { ok: false, reason: `userHash is missing: this workspace requires verified identity; ${HOW_TO_SIGN}.` };
      return { ok: true, verified: false };
    }
    if (typeof userHash !== "string")
      return mode === "required" ? { ok: false, reason: "userHash must be a string." } : { ok: true, verified: false };
    secrets ??= activeSecrets(args.db, owner.workspace.id);
    const verified = verifyUserHash({ userId, userHash, secrets: await secrets, now: args.now() });
    if (!verified && mode === "required")
      return {
        ok: false,
        reason: `userHash does not match userId "${userId.slice(0, 200)}": it must be signed with one of the workspace's active identity secrets (a revoked one no longer counts).`,
      };
    return { ok: true, verified };
  }

  return {
    mode,
    check,
    async require(userId, userHash) {
      const verdict = await check(userId, userHash);
      if (!verdict.ok) throw new AppError("UNAUTHORIZED", verdict.reason);
      return verdict.verified;
    },
  };
}
