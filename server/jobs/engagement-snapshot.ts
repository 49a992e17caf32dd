import { z } from "zod";
import { loadSnapshotSettings, lastCompleteDay } from "../engagement/settings";
import { HISTORY_DAYS } from "../engagement/schemas";
import { takeSnapshot } from "../engagement/snapshot";
import type { JobHandler } from "./handler";

export const SNAPSHOT_JOB = "engagement.snapshot";

/** Without days (the daily run): every day from the one after the last snapshot (at most
 * HISTORY_DAYS back) to yesterday. With days (a history recompute after the weights changed):
 * each of them again, with the current settings. */
const ZPayload = z.object({ firstDay: z.number().int().optional(), lastDay: z.number().int().optional() });
const ZCheckpoint = z.object({ nextDay: z.number().int() });

/**
 * "engagement.snapshot": one transaction per day, resumable from the day after the last one done
 * (a day taken twice gives the same rows). Daily per workspace (jobs.ts), so every instance
 * enqueueing it on the same day collapses into one job; a workspace without engagement settings
 * has nothing to snapshot.
 */
export const snapshotEngagement: JobHandler = async ({ db, job, checkpoint, saveProgress }) => {
  const workspaceId = job.workspaceId;
  const [settings, workspace] = await Promise.all([
    loadSnapshotSettings(db, workspaceId),
    db.workspace.findFirst({ where: { id: workspaceId }, select: { timeZone: true } }),
  ]);
  if (!settings || !workspace) return;
  const payload = ZPayload.parse(job.payload ?? {});
  const yesterday = lastCompleteDay(workspace.timeZone);
  let firstDay = payload.firstDay;
  const lastDay = Math.min(payload.lastDay ?? yesterday, yesterday);
  if (firstDay === undefined) {
    const last = await db.engagementDay.findFirst({
      where: { workspaceId },
      orderBy: { day: "desc" },
      select: { day: true },
    });
    firstDay = Math.max(last ? last.day + 1 : yesterday, yesterday - HISTORY_DAYS + 1);
  }
  const resumed = ZCheckpoint.safeParse(checkpoint);
  const start = resumed.success ? Math.max(resumed.data.nextDay, firstDay) : firstDay;
  const total = Math.max(0, lastDay - firstDay + 1);
  await saveProgress(start - firstDay, total);
  for (let day = start; day <= lastDay; day++) {
    await takeSnapshot(db, workspaceId, day, settings);
    await saveProgress(day - firstDay + 1, total, { nextDay: day + 1 });
  }
};
