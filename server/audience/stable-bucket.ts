import { createHash } from "node:crypto";

/**
 * A user's position in [0, 100) for one scope (a checklist's holdout, a survey's sample): the
 * first 32 bits of sha256("<scopeId>:<userId>") scaled to 0–100. The same pair always lands in
 * the same place (no state to share between app instances), and different scopes split users
 * independently.
 */
export function stableBucket(scopeId: string, userId: string): number {
  const digest = createHash("sha256").update(`${scopeId}:${userId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}
