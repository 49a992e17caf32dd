import { createHash, randomBytes } from "node:crypto";

export const KEY_PREFIX = { write: "cwk_", secret: "csk_" } as const;
export type KeyKind = keyof typeof KEY_PREFIX;

/** 32 random bytes: far past guessing, so a fast hash is enough to store it (a KDF is for
 * low-entropy passwords). */
export function generateKey(kind: KeyKind): string {
  return KEY_PREFIX[kind] + randomBytes(32).toString("base64url");
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function displayPrefix(key: string): string {
  return key.slice(0, 10);
}
