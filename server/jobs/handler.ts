import type { Db } from "../db";
import type { ClaimedJob } from "./queue";

/** What a handler gets. `db` is scoped to the job's workspace (the root client for instance-wide
 * jobs). Delivery is at least once (a worker may die after the work and before "done"), so a
 * handler must be idempotent, and a long one resumes from `checkpoint`: what it last passed to
 * `saveProgress` (null on a first attempt). `saveProgress` throws once the lease is lost, which
 * stops a worker that stalled past its lease before it overwrites the next holder's work. */
export type JobContext = {
  db: Db;
  job: ClaimedJob;
  checkpoint: unknown;
  saveProgress(processed: number, total: number, checkpoint?: unknown): Promise<void>;
  signal: AbortSignal;
};

export type JobHandler = (ctx: JobContext) => Promise<void>;

/** A kind of job: its handler, and when it is a daily job, what it runs for (once a day across
 * all instances: the instance, or each workspace). */
export type JobDefinition = { handler: JobHandler; daily?: "instance" | "workspace"; maxAttempts?: number };

export type JobRegistry = Readonly<Record<string, JobDefinition>>;
