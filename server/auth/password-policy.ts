import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 10;

let common: Set<string> | undefined;

/** The ~49,000 most common passwords of zxcvbn-ts' common dictionary (from leaked-password
 * corpora, lower-case), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"]);
  return common;
}

/** Why a new password is refused, or null when it is fine. The length rule is also in the forms'
 * schema (server/workspaces/schemas.ts); the list lives only on the server (it is 1.9 MB). */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const trimmed = password.trim();
  if (trimmed.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters (spaces at the ends don't count).`;
  const lower = trimmed.toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/\s+/g, "")))
    return "This password is one of the most common ones, so it is guessed first. Choose another.";
  if (context.email && lower === context.email.toLowerCase()) return "Don't use your email address as your password.";
  return null;
}
