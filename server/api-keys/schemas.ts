import { z } from "zod";

export const ZCreateApiKeyInput = z.object({
  kind: z.enum(["write", "secret"]),
  name: z.string().trim().min(1, "Give the key a name").max(80),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;
