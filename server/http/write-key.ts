import type { Db } from "../db";
import { AppError } from "../errors";
import { authenticateKey, type KeyOwner } from "../api-keys/api-keys";

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

export async function requireKeyOwner(db: Db, request: Request, body: unknown): Promise<KeyOwner> {
  const key = presentedKey(request, body);
  if (!key) throw new AppError("UNAUTHORIZED", "Missing write key: send it as Basic auth user name, an X-Write-Key header or a writeKey field.");
  const owner = await authenticateKey(db, key);
  if (!owner) throw new AppError("UNAUTHORIZED", "Unknown or revoked write key.");
  return owner;
}
