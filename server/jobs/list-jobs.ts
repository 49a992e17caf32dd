import type { Db } from "../db";
import { AppError } from "../errors";
import { asStatus, JOB_PROGRESS_SELECT } from "./queue";
import { kickJob } from "./worker";

const JOB_ROW_SELECT = { ...JOB_PROGRESS_SELECT, attempts: true, maxAttempts: true, runAt: true } as const;

/** The workspace's most recent jobs, newest first (Settings → Jobs). */
export async function listJobs(args: { db: Db; workspaceId: string; take?: number }) {
  const rows = await args.db.job.findMany({
    where: { workspaceId: args.workspaceId },
    select: JOB_ROW_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: args.take ?? 50,
  });
  return rows.map(asStatus);
}

/** Gives a dead job a fresh set of attempts, now; it resumes from its checkpoint. */
export async function retryJob(args: { db: Db; workspaceId: string; id: string }) {
  const found = await args.db.job.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: { status: true, kind: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Job not found.");
  const { count } = await args.db.job.updateMany({
    where: { id: args.id, workspaceId: args.workspaceId, status: "dead" },
    data: { status: "queued", attempts: 0, runAt: new Date(), finishedAt: null, leasedBy: null, leaseUntil: null },
  });
  if (count === 0) throw new AppError("CONFLICT", "Only a dead job can be retried; this one is not dead.");
  kickJob(args.db, { workspaceId: args.workspaceId, id: args.id, kind: found.kind });
  const job = await args.db.job.findFirstOrThrow({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: JOB_ROW_SELECT,
  });
  return asStatus(job);
}
