import type { Db } from "../db";
import { enqueue, JOB_PROGRESS_SELECT, asStatus, waitForJob } from "./queue";
import type { JobStatus } from "./schemas";
import { kickJob } from "./worker";

export type RecomputeKind = "personas" | "feature";

/**
 * Queues the recompute a persona or feature change needs and wakes a worker for it; the UI polls
 * its progress. A second change while the first's job is still queued joins that job (it has not
 * read the rules yet). `done` settles when the job is done, failed or dead; it reads the job's
 * row only once awaited, so a caller that does not wait costs nothing.
 */
export async function startRecompute(args: { db: Db; workspaceId: string; kind: RecomputeKind; targetId?: string }) {
  const kind = `recompute.${args.kind}`;
  const queued = await enqueue(args.db, {
    workspaceId: args.workspaceId,
    kind,
    payload: args.kind === "feature" ? { featureId: args.targetId } : {},
    dedupeKey: args.kind === "feature" ? `${kind}:${args.targetId}` : kind,
  });
  const ref = { workspaceId: args.workspaceId, id: queued.id };
  kickJob(args.db, { ...ref, kind });
  const job = { id: queued.id, kind, status: queued.status, processed: queued.processed, total: queued.total };
  const done: PromiseLike<JobStatus> = { then: (ok, fail) => waitForJob(args.db, ref).then(ok, fail) };
  return { job, done };
}

export async function getJob(args: { db: Db; workspaceId: string; id: string }) {
  const job = await args.db.job.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: JOB_PROGRESS_SELECT,
  });
  return job ? asStatus(job) : null;
}
