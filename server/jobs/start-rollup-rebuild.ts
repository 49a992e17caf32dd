import type { Db } from "../db";
import { enqueue } from "./queue";
import type { RollupTable } from "./rollup-counts";
import { kickJob } from "./worker";

export const ROLLUP_REBUILD_KIND = "recompute.rollups";

/**
 * Queues a rebuild of the workspace's rollups (Settings → Jobs) and wakes a worker for it. A second
 * request while one is still queued joins it, whatever tables it names (the queued one may do
 * less: ask again once it started). Returns the job for the UI's progress bar.
 */
export async function startRollupRebuild(args: { db: Db; workspaceId: string; tables?: RollupTable[] }) {
  const queued = await enqueue(args.db, {
    workspaceId: args.workspaceId,
    kind: ROLLUP_REBUILD_KIND,
    payload: args.tables ? { tables: args.tables } : {},
    dedupeKey: ROLLUP_REBUILD_KIND,
  });
  kickJob(args.db, { workspaceId: args.workspaceId, id: queued.id, kind: ROLLUP_REBUILD_KIND });
  return { id: queued.id, kind: queued.kind, status: queued.status, processed: queued.processed, total: queued.total };
}
