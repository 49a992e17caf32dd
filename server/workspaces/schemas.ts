import { z } from "zod";

export const ZSignUpInput = z.object({
  name: z.string().trim().min(1, "Tell us your name").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(200),
  password: z.string().min(8, "Use at least 8 characters").max(200),
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

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
  "personas.write",
  "features.write",
  "checklists.write",
  "surveys.write",
  "feedback.write",
  "roadmap.write",
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
