import { z } from "zod";

export const ZJobStatus = z.enum(["running", "done", "failed"]);

/** A recompute job as a save returns it: the UI polls `workspace.job` with its id. */
export const ZJobOut = z.object({
  id: z.string(),
  kind: z.enum(["personas", "feature"]),
  status: ZJobStatus,
  processed: z.number().int(),
  total: z.number().int(),
});

export const ZJobProgressOut = ZJobOut.extend({
  error: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
