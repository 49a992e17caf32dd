import { z } from "zod";

// ---------------------------------------------------------------- where to go after signing in

const PROBE_ORIGIN = "https://cairn.invalid";

/**
 * Where to go after signing in: `next` only when it stays on this app's origin, as a path
 * ("/w/acme?tab=1#x"), else `fallback`. `next` is resolved the way a browser would resolve it
 * against our origin, so "//evil.example", "/\\evil.example", "https://evil.example",
 * "javascript:…" and their encoded or whitespace-laced spellings all land off-origin and are
 * refused; a same-origin result whose path itself starts with "//" or "/\\" is refused too,
 * since handing it back to the router would leave the origin again.
 */
export function safeNext(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.trim() === "" || next.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(next, `${PROBE_ORIGIN}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/** A `next` parameter at a boundary: kept as a same-origin path, anything else becomes "". */
export const ZNextPath = z
  .string()
  .max(2000)
  .transform((next) => safeNext(next, ""));

/** A new password's shape (the server also refuses common ones: server/auth/password-policy.ts). */
export const ZNewPassword = z
  .string()
  .max(200)
  .refine((p) => p.trim().length >= 10, "Use at least 10 characters (spaces at the ends don't count)");

const ZEmail = z.string().trim().toLowerCase().email("Enter a valid email address").max(200);

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(100),
  email: ZEmail,
  password: ZNewPassword,
  /** Where to go after confirming the address and signing in (kept only when same-origin). */
  next: ZNextPath.optional(),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

/** What sign-up answers, whether the address was new or not (no account enumeration). */
export const ZSignUpOut = z.object({ email: z.string() });

export const ZEmailInput = z.object({ email: ZEmail });

export const ZResetPasswordInput = z.object({
  token: z.string().min(1).max(200),
  password: ZNewPassword,
});

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZCreateWorkspaceInput = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters").max(80),
});
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZRole = z.enum(["admin", "pm", "viewer"]);

/** What a member may do; permissions.ts says which role has which. */
export const ZPermission = z.enum([
  "workspace.read",
  "workspace.manage",
  "members.manage",
  "keys.manage",
  // The write keys in clear (Install page): admins and PMs, who install; not viewers.
  "keys.read",
  "audit.read",
  "personas.write",
  "features.write",
  "checklists.write",
  "surveys.write",
  "feedback.write",
  "roadmap.write",
  "privacy.manage",
]);
export type Permission = z.infer<typeof ZPermission>;

export const ZInviteInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  role: ZRole,
});
export type TInviteInput = z.infer<typeof ZInviteInput>;

export const ZUpdateWorkspaceInput = z.object({
  name: z.string().trim().min(2).max(80).optional(),
  timeZone: z.string().min(1).max(64).optional(),
  recontactDays: z.number().int().min(0).max(365).optional(),
});

// ---------------------------------------------------------------- outputs

export const ZUserOut = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const ZWorkspaceOut = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  timeZone: z.string(),
  recontactDays: z.number().int(),
  createdAt: z.date(),
});

/** A workspace as its member sees it: the client shows or hides controls by `permissions`. */
export const ZMembershipOut = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  timeZone: z.string(),
  role: ZRole,
  permissions: z.array(ZPermission),
});
export type MembershipOut = z.infer<typeof ZMembershipOut>;

export const ZMyWorkspaceOut = ZWorkspaceOut.extend({ role: ZRole });

const ZInviteOut = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  createdAt: z.date(),
  expiresAt: z.date(),
});

export const ZMembersOut = z.object({
  members: z.array(z.object({ id: z.string(), role: ZRole, createdAt: z.date(), user: ZUserOut })),
  invites: z.array(ZInviteOut),
});

/** The link carries the token in clear, once, for an admin without SMTP; only its hash is stored. */
export const ZSentInviteOut = ZInviteOut.extend({ link: z.string() });

export const ZMemberRoleOut = z.object({ id: z.string(), role: ZRole });

/** What an invite link shows before it is accepted; null for an unknown, revoked or expired one. */
export const ZInviteDescriptionOut = z
  .object({
    email: z.string(),
    role: ZRole,
    expiresAt: z.date(),
    acceptedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    workspace: z.object({ name: z.string(), slug: z.string() }),
  })
  .nullable();

export const ZJoinedWorkspaceOut = z.object({ id: z.string(), slug: z.string() });
