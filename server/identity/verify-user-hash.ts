import { createHmac, timingSafeEqual } from "node:crypto";

// The signature a host's server gives the widget (or sends with its own API calls) to prove that
// it vouches for a userId: HMAC-SHA256 of the userId (UTF-8) with one of the workspace's identity
// secrets, as 64 lowercase hex characters; or a short-lived JWT (HS256, same secret, `sub` = the
// userId, `exp` at most an hour ahead). docs/decisions/verified-identity.md.

/** The longest a JWT userHash may be valid for, from the moment it is checked. */
export const MAX_TOKEN_LIFETIME_S = 3_600;

/** What the host's server computes: HMAC-SHA256(secret, userId) in hex. */
export function userHashFor(secret: string, userId: string): string {
  return createHmac("sha256", secret).update(userId, "utf8").digest("hex");
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

const HEX_HASH = /^[0-9a-f]{64}$/i;

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A JWT's verdict: HS256 only (no "none", no RSA confusion), signed by `secret`, about `userId`,
 * not expired and not valid for longer than an hour from now. */
function verifyToken(token: string, userId: string, secret: string, nowS: number): boolean {
  const parts = token.split(".");
  if (parts.length !== 3) return false;
  const [head, body, signature] = parts as [string, string, string];
  const expected = createHmac("sha256", secret).update(`${head}.${body}`).digest();
  if (!sameBytes(Buffer.from(signature, "base64url"), expected)) return false;
  const header = decodeJson(head);
  const claims = decodeJson(body);
  if (header?.alg !== "HS256" || !claims) return false;
  const exp = claims.exp;
  return claims.sub === userId && typeof exp === "number" && exp > nowS && exp <= nowS + MAX_TOKEN_LIFETIME_S;
}

/** Whether `userHash` proves `userId` under any of `secrets` (two during a rotation). */
export function verifyUserHash(args: {
  userId: string;
  userHash: string;
  secrets: readonly string[];
  now: Date;
}): boolean {
  const { userId, userHash, secrets } = args;
  if (HEX_HASH.test(userHash)) {
    const presented = Buffer.from(userHash.toLowerCase(), "hex");
    // Every secret is tried (no early exit), so timing does not tell which one matched.
    let ok = false;
    for (const secret of secrets) ok = sameBytes(presented, Buffer.from(userHashFor(secret, userId), "hex")) || ok;
    return ok;
  }
  if (userHash.length > 2_000 || !userHash.includes(".")) return false;
  const nowS = Math.floor(args.now.getTime() / 1000);
  return secrets.some((secret) => verifyToken(userHash, userId, secret, nowS));
}
