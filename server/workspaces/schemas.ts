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
