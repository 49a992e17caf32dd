import { z } from "zod";

export const ZCreateApiKeyInput = z.object({
  kind: z.enum(["write", "secret"]),
  name: z.string().trim().min(1, "Give the key a name").max(80),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;

// ---------------------------------------------------------------- outputs (never the key hash)

export const ZApiKeyOut = z.object({
  id: z.string(),
  kind: z.enum(["write", "secret"]),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** The key in clear, returned by create only: it is shown once and stored hashed. */
export const ZCreatedApiKeyOut = ZApiKeyOut.extend({ key: z.string() });
