import type { Db } from "../db";
import { authenticateKey, touchApiKey, type KeyOwner } from "../api-keys/api-keys";

/** The key as Segment's libraries send it (Basic auth, key as user name), or in an
 * X-Write-Key header, or as `writeKey` in the JSON body (sendBeacon cannot set headers). */
export function presentedKey(request: Request, body: unknown): string | null {
  const auth = request.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("basic ")) {
    const decoded = Buffer.from(auth.slice(6).trim(), "base64").toString("utf8");
    const user = decoded.split(":")[0];
    if (user) return user;
  }
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  const header = request.headers.get("x-write-key");
  if (header) return header.trim();
  if (body && typeof body === "object" && typeof (body as { writeKey?: unknown }).writeKey === "string") {
    return (body as { writeKey: string }).writeKey;
  }
  return null;
}

/** Where the REST wrapper looks keys up and records their use: the ApiKey table, or (in unit
 * tests of the wrapper) a map. */
export type KeyStore = {
  /** The key's owner, or null for an unknown or revoked key. */
  find(db: Db, key: string): Promise<KeyOwner | null>;
  /** Records a use of the key (at most once a minute; wall-clock time, not a test's clock). */
  touch(db: Db, owner: KeyOwner): Promise<void>;
};

export const apiKeyStore: KeyStore = {
  find: authenticateKey,
  touch: (db, owner) => touchApiKey(db, owner),
};
