import type { Db } from "../db";

const DAY_MS = 86_400_000;
/** Done jobs are only progress the UI polled; dead ones wait on the dashboard for a Retry. */
export const KEEP_DONE_DAYS = 14;
export const KEEP_DEAD_DAYS = 90;

/** Deletes jobs that finished long ago, so the table holds what someone may still look at: the
 * daily "sweep.jobs" job. A day's daily job is older than its dedupe key's day, so deleting it
 * cannot let that day's job be enqueued again. */
export async function purgeFinishedJobs(args: { db: Db; now?: Date }) {
  const now = (args.now ?? new Date()).getTime();
  const [done, dead] = await args.db.$transaction([
    args.db.job.deleteMany({ where: { status: "done", finishedAt: { lt: new Date(now - KEEP_DONE_DAYS * DAY_MS) } } }),
    args.db.job.deleteMany({ where: { status: "dead", finishedAt: { lt: new Date(now - KEEP_DEAD_DAYS * DAY_MS) } } }),
  ]);
  return { done: done.count, dead: dead.count };
}
