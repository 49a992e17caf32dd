import { sweepExpiredAuthRows } from "../auth/sweep-expired";
import { sweepAllExpiredEvents } from "../privacy/retention";
import { BACKFILL_JOB, backfillCompletions } from "./backfill-checklist";
import { SNAPSHOT_JOB, snapshotEngagement } from "./engagement-snapshot";
import type { JobRegistry } from "./handler";
import { purgeFinishedJobs } from "./purge-finished";
import { reassignPersonas } from "./reassign-personas";
import { rebuildFeatureRollup } from "./rebuild-feature-rollup";
import { rebuildRollups } from "./rebuild-rollups";

/**
 * Every kind of background job, by the name stored in Job.kind. A worker claims only the kinds
 * listed here (so an older instance never takes a kind it cannot run). A daily job is one line
 * with `daily: "instance"` or `"workspace"`, and every worker then enqueues it once a day (per
 * workspace for the latter), once across instances.
 */
export const JOBS: JobRegistry = {
  "recompute.personas": { handler: reassignPersonas },
  "recompute.feature": { handler: rebuildFeatureRollup },
  "recompute.rollups": { handler: rebuildRollups },
  [BACKFILL_JOB]: { handler: backfillCompletions },
  [SNAPSHOT_JOB]: { daily: "workspace", handler: snapshotEngagement },
  "sweep.auth": { daily: "instance", handler: ({ db }) => sweepExpiredAuthRows({ db }).then(() => undefined) },
  "sweep.jobs": { daily: "instance", handler: ({ db }) => purgeFinishedJobs({ db }).then(() => undefined) },
  "sweep.raw-events": { daily: "instance", handler: (ctx) => sweepAllExpiredEvents(ctx) },
};
