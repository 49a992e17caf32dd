import { createHash, randomBytes } from "node:crypto";

/** A secret for a link (invite, email verification): 192 random bits, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Links' tokens are stored as this hash only, so a database read does not yield a usable link. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
