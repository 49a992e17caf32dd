import type { Db } from "../../server/db";
import { HISTORY_DAYS } from "../../server/engagement/schemas";
import { lastCompleteDay, loadSnapshotSettings, saveEngagementSettings } from "../../server/engagement/settings";
import { takeSnapshot } from "../../server/engagement/snapshot";

/** Airtouch's engagement weights: rare, high-value events weigh more (an invite brings a
 * colleague; a connection is the first real step; runs are the daily habit). */
export const AIRTOUCH_WEIGHTS = [
  { event: "colleague_invited", weight: 10 },
  { event: "connection_created", weight: 5 },
  { event: "workflow_saved", weight: 3 },
  { event: "workflow_run", weight: 1 },
  { event: "docs_opened", weight: 1 },
];

/** Saves the weights on the first seed, then takes every missing daily snapshot of the last
 * HISTORY_DAYS days (what the daily job would have done), so the engagement report has 12 weeks
 * of history on first start. Returns the number of snapshots taken. */
export async function seedEngagement(db: Db, workspaceId: string, timeZone: string): Promise<number> {
  if (!(await db.engagementSettings.findUnique({ where: { workspaceId }, select: { version: true } })))
    await saveEngagementSettings({
      db,
      workspaceId,
      input: { scale: 100, windowDays: 7, lowPercentile: 5, highPercentile: 95, weights: AIRTOUCH_WEIGHTS },
    });
  const settings = (await loadSnapshotSettings(db, workspaceId))!;
  const lastDay = lastCompleteDay(timeZone);
  const have = new Set(
    (
      await db.engagementDay.findMany({
        where: { workspaceId, day: { gt: lastDay - HISTORY_DAYS } },
        select: { day: true },
      })
    ).map((d) => d.day),
  );
  let taken = 0;
  for (let day = lastDay - HISTORY_DAYS + 1; day <= lastDay; day++) {
    if (have.has(day)) continue;
    await takeSnapshot(db, workspaceId, day, settings);
    taken += 1;
  }
  return taken;
}
