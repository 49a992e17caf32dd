import { z } from "zod";

// The Identity settings' inputs and outputs (no server imports: the settings page reuses them).

export const IDENTITY_MODES = ["off", "optional", "required"] as const;
export const ZIdentityMode = z.enum(IDENTITY_MODES);
export type IdentityMode = z.infer<typeof ZIdentityMode>;

/** Where a message came from, as the Identity settings count them. */
export const SDK_SOURCES = ["widget", "server", "other"] as const;
export type SdkSource = (typeof SDK_SOURCES)[number];

/** At most this many active identity secrets: the current one and the next, during a rotation. */
export const MAX_ACTIVE_SECRETS = 2;

export const ZSetIdentityModeInput = z.object({ mode: ZIdentityMode });
export type TSetIdentityModeInput = z.infer<typeof ZSetIdentityModeInput>;

export const ZIdentitySecretOut = z.object({
  id: z.string(),
  hint: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  /** False when it was sealed under another key (IDENTITY_SECRETS_KEY / NEXTAUTH_SECRET changed). */
  readable: z.boolean(),
});

/** The secret in clear, returned by create only. */
export const ZCreatedIdentitySecretOut = ZIdentitySecretOut.extend({ secret: z.string() });

export const ZVerifiedShare = z.object({
  source: z.enum(SDK_SOURCES),
  verified: z.number().int(),
  unverified: z.number().int(),
});

export const ZIdentitySettingsOut = z.object({
  mode: ZIdentityMode,
  secrets: z.array(ZIdentitySecretOut),
  /** Messages of the last 7 days (today included) per source, by whether their userId was verified. */
  lastWeek: z.array(ZVerifiedShare),
});
export type IdentitySettings = z.infer<typeof ZIdentitySettingsOut>;
