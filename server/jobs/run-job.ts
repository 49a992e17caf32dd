import type { Db } from "../db";
import { scopedDb } from "../tenant";
import type { JobRegistry } from "./handler";
import {
  completeJob,
  DEFAULT_BACKOFF,
  failJob,
  heartbeat,
  INSTANCE_WORKSPACE,
  saveProgress,
  type ClaimedJob,
} from "./queue";

export type RunOptions = { leaseMs: number; backoff?: { baseMs: number; capMs: number } };

/** Runs a claimed job's handler while a heartbeat keeps its lease, then records the outcome. */
export async function runClaimed(db: Db, job: ClaimedJob, registry: JobRegistry, opts: RunOptions) {
  const definition = registry[job.kind];
  const abort = new AbortController();
  const beat = setInterval(
    () => {
      heartbeat(db, job, opts.leaseMs)
        .then((held) => {
          if (!held) abort.abort();
        })
        .catch(() => undefined); // a missed beat is retried a third of a lease later
    },
    Math.max(50, Math.floor(opts.leaseMs / 3)),
  );
  try {
    if (!definition) throw new Error(`No handler for job kind "${job.kind}".`);
    await definition.handler({
      db: job.workspaceId === INSTANCE_WORKSPACE ? db : scopedDb(db, job.workspaceId),
      job,
      checkpoint: job.checkpoint,
      saveProgress: (processed, total, checkpoint) =>
        saveProgress(db, job, { processed, total, checkpoint, leaseMs: opts.leaseMs }),
      signal: abort.signal,
    });
    clearInterval(beat);
    await completeJob(db, job);
    return "done" as const;
  } catch (error) {
    clearInterval(beat);
    console.error(`[jobs] ${job.kind} ${job.id} attempt ${job.attempts} failed:`, error);
    return (await failJob(db, job, error, opts.backoff ?? DEFAULT_BACKOFF)) ?? ("lost" as const);
  }
}
