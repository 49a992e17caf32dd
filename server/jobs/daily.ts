import type { Db } from "../db";
import type { JobRegistry } from "./handler";
import { enqueue, INSTANCE_WORKSPACE } from "./queue";

/** The dedupe key of a daily job: the UTC day names it, so every instance enqueueing it on the
 * same day collapses into one job, and the key is kept after it ran. */
export function dailyKey(kind: string, now: Date): string {
  return `daily:${kind}:${now.toISOString().slice(0, 10)}`;
}

/** Enqueues today's run of every daily job not enqueued yet (by any instance). Cheap to call
 * often: a job already there is found by its key. */
export async function scheduleDailyJobs(db: Db, registry: JobRegistry, now = new Date()): Promise<number> {
  let added = 0;
  for (const [kind, definition] of Object.entries(registry)) {
    if (!definition.daily) continue;
    const dedupeKey = dailyKey(kind, now);
    const base = { kind, dedupeKey, keepKey: true, maxAttempts: definition.maxAttempts };
    if (definition.daily === "instance") {
      // Looked up first: most calls find today's job, and a failed insert is an error in
      // PostgreSQL's log each time.
      const there = await db.job.findUnique({
        where: { workspaceId_dedupeKey: { workspaceId: INSTANCE_WORKSPACE, dedupeKey } },
        select: { id: true },
      });
      if (!there && !(await enqueue(db, { ...base, workspaceId: INSTANCE_WORKSPACE })).deduped) added += 1;
      continue;
    }
    const [workspaces, done] = await Promise.all([
      db.workspace.findMany({ select: { id: true } }),
      db.job.findMany({ where: { dedupeKey }, select: { workspaceId: true } }),
    ]);
    const have = new Set(done.map((j) => j.workspaceId));
    for (const w of workspaces) {
      if (have.has(w.id)) continue;
      if (!(await enqueue(db, { ...base, workspaceId: w.id })).deduped) added += 1;
    }
  }
  return added;
}
