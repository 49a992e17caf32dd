import { dayNumber } from "../calendar/day-number";
import type { Db } from "../db";
import { BACKFILL_JOB } from "../jobs/backfill-checklist";
import { enqueue } from "../jobs/queue";
import { kickJob } from "../jobs/worker";

// Items complete from what users did before the checklist could see it: when a checklist goes
// live, and when items are added to a live one, a job reads the track events of the checklist's
// look-back (lookBackDays, in the workspace's days) and records the completions they earn, exactly
// as ingest would have (same rules, same earliest-time-wins insert, account-scoped items by the
// event's account). Ingest keeps completing items meanwhile: both writes keep the earliest time,
// so their order does not matter. The job itself: server/jobs/backfill-checklist.ts.

/** Queues the look-back for a checklist that just went live (all items) or got new items, and
 * wakes a worker; null when the look-back is 0 days or there is nothing to complete. */
export async function startCompletionBackfill(args: {
  db: Db;
  workspaceId: string;
  checklistId: string;
  itemIds: string[] | null;
  now?: Date;
}): Promise<string | null> {
  const { db, workspaceId, checklistId, itemIds } = args;
  if (itemIds !== null && itemIds.length === 0) return null;
  const [checklist, workspace] = await Promise.all([
    db.checklist.findFirst({ where: { id: checklistId, workspaceId }, select: { lookBackDays: true, status: true } }),
    db.workspace.findFirst({ where: { id: workspaceId }, select: { timeZone: true } }),
  ]);
  if (!checklist || !workspace || checklist.status !== "live" || checklist.lookBackDays === 0) return null;
  const now = args.now ?? new Date();
  const lastDay = dayNumber(now, workspace.timeZone);
  // The last lookBackDays calendar days, today included.
  const firstDay = lastDay - checklist.lookBackDays + 1;
  const job = await enqueue(db, {
    workspaceId,
    kind: BACKFILL_JOB,
    payload: { checklistId, itemIds, firstDay, lastDay },
    // Going live twice while the first job waits needs one run; items added are their own job.
    dedupeKey: itemIds === null ? `${BACKFILL_JOB}:${checklistId}` : undefined,
  });
  kickJob(db, { workspaceId, id: job.id, kind: BACKFILL_JOB });
  return job.id;
}
