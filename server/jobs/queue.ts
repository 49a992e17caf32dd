import type { Db } from "../db";
import type { Prisma } from "../generated/sqlite/client";
import { retryDelayMs } from "./backoff";
import type { JobStatus } from "./schemas";

/** The workspaceId of instance-wide jobs (sweeps of tables no workspace owns): the primary key
 * starts with workspaceId, which cannot be NULL, and "" is never a workspace's id. */
export const INSTANCE_WORKSPACE = "";

/** Long enough that a heartbeat (every third of it) is never late under load; short enough that
 * a job whose process died starts again within a minute. */
export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_BACKOFF = { baseMs: 5_000, capMs: 10 * 60_000 };

/** What a worker holds while it runs a job. `attempts` counts this attempt; with `leasedBy` it
 * fences every write, so a worker that lost its lease cannot overwrite the next holder's work. */
export type ClaimedJob = {
  workspaceId: string;
  id: string;
  kind: string;
  payload: unknown;
  checkpoint: unknown;
  attempts: number;
  maxAttempts: number;
  leasedBy: string;
};

export type JobRef = { workspaceId: string; id: string };

export const JOB_PROGRESS_SELECT = {
  id: true,
  kind: true,
  status: true,
  processed: true,
  total: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

export function asStatus<T extends { status: string }>(row: T): T & { status: JobStatus } {
  return row as T & { status: JobStatus };
}

export type EnqueueArgs = {
  workspaceId: string;
  kind: string;
  payload?: Record<string, unknown>;
  /** A second enqueue with this key returns the first job instead, while that one is queued
   * (or for good with `keepKey`, e.g. a daily job whose key names the day). */
  dedupeKey?: string;
  keepKey?: boolean;
  maxAttempts?: number;
  runAt?: Date;
};

/** Adds a job, or returns the queued one with the same dedupe key. */
export async function enqueue(db: Db, args: EnqueueArgs) {
  const select = { ...JOB_PROGRESS_SELECT, workspaceId: true } as const;
  for (let tries = 0; ; tries++) {
    try {
      const row = await db.job.create({
        data: {
          workspaceId: args.workspaceId,
          kind: args.kind,
          payload: (args.payload ?? {}) as Prisma.InputJsonValue,
          dedupeKey: args.dedupeKey ?? null,
          keepKey: args.keepKey ?? false,
          maxAttempts: args.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          runAt: args.runAt ?? new Date(),
        },
        select,
      });
      return { ...asStatus(row), deduped: false };
    } catch (error) {
      if (!args.dedupeKey || !isUniqueViolation(error) || tries >= 3) throw error;
      const existing = await db.job.findUnique({
        where: { workspaceId_dedupeKey: { workspaceId: args.workspaceId, dedupeKey: args.dedupeKey } },
        select,
      });
      // Claimed (its key released) between the insert and this read: insert again.
      if (existing) return { ...asStatus(existing), deduped: true };
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: string }).code === "P2002";
}

function fence(job: ClaimedJob) {
  return {
    workspaceId: job.workspaceId,
    id: job.id,
    status: "running",
    leasedBy: job.leasedBy,
    attempts: job.attempts,
  };
}

export class LeaseLostError extends Error {
  constructor(job: JobRef) {
    super(`Lost the lease on job ${job.id}: another worker holds it now.`);
  }
}

/** Extends the lease; false when it was lost (expired and claimed by another worker). */
export async function heartbeat(db: Db, job: ClaimedJob, leaseMs: number, now = new Date()): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: fence(job),
    data: { leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  return count === 1;
}

/** Records progress and the point a later attempt resumes from; throws when the lease is lost. */
export async function saveProgress(
  db: Db,
  job: ClaimedJob,
  progress: { processed: number; total: number; checkpoint?: unknown; leaseMs: number },
): Promise<void> {
  const { count } = await db.job.updateMany({
    where: fence(job),
    data: {
      processed: progress.processed,
      total: progress.total,
      leaseUntil: new Date(Date.now() + progress.leaseMs),
      ...(progress.checkpoint === undefined ? {} : { checkpoint: progress.checkpoint as Prisma.InputJsonValue }),
    },
  });
  if (count !== 1) throw new LeaseLostError(job);
}

export async function completeJob(db: Db, job: ClaimedJob): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: fence(job),
    data: { status: "done", leaseUntil: null, error: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** A failed attempt: retried after a backoff, or "dead" once it has had maxAttempts. */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  error: unknown,
  backoff: { baseMs: number; capMs: number } = DEFAULT_BACKOFF,
): Promise<JobStatus | null> {
  const dead = job.attempts >= job.maxAttempts;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const { count } = await db.job.updateMany({
    where: fence(job),
    data: dead
      ? { status: "dead", leaseUntil: null, error: message, finishedAt: new Date() }
      : {
          status: "failed",
          leaseUntil: null,
          error: message,
          runAt: new Date(Date.now() + retryDelayMs(job.attempts, backoff)),
        },
  });
  if (count !== 1) return null;
  return dead ? "dead" : "failed";
}

/** Jobs whose last allowed attempt's worker died: no attempt is left to reclaim them with. */
export async function buryAbandoned(db: Db, now = new Date()): Promise<number> {
  const abandoned = await db.job.findMany({
    where: { status: "running", leaseUntil: { lt: now } },
    select: { workspaceId: true, id: true, attempts: true, maxAttempts: true },
    take: 100,
  });
  let buried = 0;
  for (const job of abandoned.filter((j) => j.attempts >= j.maxAttempts)) {
    const { count } = await db.job.updateMany({
      where: { workspaceId: job.workspaceId, id: job.id, status: "running", leaseUntil: { lt: now } },
      data: {
        status: "dead",
        leaseUntil: null,
        error: "The worker running the last attempt stopped (its lease expired).",
        finishedAt: now,
      },
    });
    buried += count;
  }
  return buried;
}

/** Waits for a job to settle (done, failed or dead) by reading its row: the job may run in
 * another process. */
export async function waitForJob(
  db: Db,
  ref: JobRef,
  opts: { pollMs?: number; timeoutMs?: number } = {},
): Promise<JobStatus> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  for (;;) {
    const row = await db.job.findUnique({
      where: { workspaceId_id: { workspaceId: ref.workspaceId, id: ref.id } },
      select: { status: true },
    });
    if (!row) throw new Error(`Job ${ref.id} does not exist.`);
    const status = row.status as JobStatus;
    if (status === "done" || status === "failed" || status === "dead") return status;
    if (Date.now() > deadline) throw new Error(`Job ${ref.id} is still ${status}.`);
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 25));
  }
}
