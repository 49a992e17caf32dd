import { z } from "zod";

/** queued → running → done; a failed attempt waits as "failed" until its retry time, and after
 * maxAttempts the job is "dead" (shown on Settings → Jobs, where it can be retried). */
export const JOB_STATUSES = ["queued", "running", "failed", "done", "dead"] as const;
export const ZJobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof ZJobStatus>;

/** A job as a save returns it: the UI polls `workspace.job` with its id. */
export const ZJobOut = z.object({
  id: z.string(),
  kind: z.string(),
  status: ZJobStatus,
  processed: z.number().int(),
  total: z.number().int(),
});

export const ZJobProgressOut = ZJobOut.extend({
  error: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});

/** A row of Settings → Jobs. */
export const ZJobRowOut = ZJobProgressOut.extend({
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.date(),
});

export const ZJobListOut = z.array(ZJobRowOut);

/** The rollups a rebuild can replace (server/jobs/rollup-counts.ts ROLLUP_TABLES); none named: all. */
export const ZRollupTable = z.enum([
  "UserDay",
  "AccountDay",
  "EventDay",
  "UserEventDay",
  "FeatureUserDay",
  "FeatureUser",
  "FeatureAccount",
]);
export const ZRebuildRollupsInput = z.object({ tables: z.array(ZRollupTable).min(1).max(7).optional() });
