import { z } from "zod";

export const ZOutboxEmailOut = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});
