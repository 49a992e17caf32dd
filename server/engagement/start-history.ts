import type { Db } from "../db";
import { enqueue } from "../jobs/queue";
import { SNAPSHOT_JOB } from "../jobs/engagement-snapshot";
import { kickJob } from "../jobs/worker";
import { HISTORY_DAYS } from "./schemas";
import { lastCompleteDay } from "./settings";

/** Recomputes the last `days` snapshots with the current settings (after the weights changed, or
 * the first time settings are saved), as a job whose progress the settings page shows. */
export async function startEngagementHistory(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
  days?: number;
}) {
  const lastDay = lastCompleteDay(args.workspace.timeZone);
  const firstDay = lastDay - (args.days ?? HISTORY_DAYS) + 1;
  const job = await enqueue(args.db, {
    workspaceId: args.workspace.id,
    kind: SNAPSHOT_JOB,
    payload: { firstDay, lastDay },
    dedupeKey: `${SNAPSHOT_JOB}:history`,
  });
  kickJob(args.db, { workspaceId: args.workspace.id, id: job.id, kind: SNAPSHOT_JOB });
  return { jobId: job.id };
}
