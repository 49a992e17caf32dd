import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

// Identity secrets must be usable (HMAC needs the secret itself, unlike API keys, which are only
// hashed), so they are stored sealed: AES-256-GCM under a key derived (HKDF-SHA256) from
// IDENTITY_SECRETS_KEY, else NEXTAUTH_SECRET. A database dump alone then does not let anyone sign
// userIds. docs/decisions/verified-identity.md says why, and what changing that env variable does.

const VERSION = "v1";
// For development and tests without either variable (production has NEXTAUTH_SECRET: next-auth
// refuses to run without it). Public, so it protects nothing: it only keeps the code path the same.
const DEVELOPMENT_KEY = "cairn-development-only-identity-key";

let derived: { source: string; key: Buffer } | null = null;

function sealingKey(): Buffer {
  const source = env.IDENTITY_SECRETS_KEY ?? env.NEXTAUTH_SECRET ?? DEVELOPMENT_KEY;
  if (derived?.source !== source)
    derived = {
      source,
      key: Buffer.from(hkdfSync("sha256", source, "cairn", "identity secrets v1", 32)),
    };
  return derived.key;
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or null when it was sealed under another key (the env variable changed). */
export function unseal(sealed: string): string | null {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
