import { dayNumber } from "../calendar/day-number";
import type { Db } from "../db";

/** Events deleted per transaction: short transactions, so ingest is never held up for long. */
const SWEEP_CHUNK = 5000;

/**
 * Deletes the workspace's raw events older than its `rawEventRetentionDays` (counted in days of
 * the workspace's time zone: an event is kept while `today - day < retention`). Rollups (UserDay,
 * EventDay, FeatureUserDay) are left as they are, so reports keep the whole history; only what
 * reads raw events (drill-down lists, recomputations after a persona or feature changes) sees the
 * retained window alone. Returns the number of events deleted; 0 when retention is off.
 * Meant to run daily per workspace (a job).
 */
export async function sweepExpiredEvents(args: { db: Db; workspaceId: string; now: Date }): Promise<number> {
  const { db, workspaceId } = args;
  const workspace = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: { rawEventRetentionDays: true, timeZone: true },
  });
  if (!workspace?.rawEventRetentionDays) return 0;
  const keepFrom = dayNumber(args.now, workspace.timeZone) - workspace.rawEventRetentionDays + 1;
  let deleted = 0;
  for (;;) {
    const rows = await db.event.findMany({
      where: { workspaceId, day: { lt: keepFrom } },
      select: { id: true },
      take: SWEEP_CHUNK,
    });
    if (rows.length === 0) return deleted;
    const { count } = await db.event.deleteMany({ where: { workspaceId, id: { in: rows.map((r) => r.id) } } });
    deleted += count;
  }
}

/**
 * The daily job: sweeps every workspace that set a retention (or those of `only`), resuming after
 * the last workspace finished when a worker died midway (each sweep is idempotent anyway). One
 * instance-wide job rather than one per workspace, since most workspaces keep their events.
 */
export async function sweepAllExpiredEvents(
  ctx: {
    db: Db;
    checkpoint: unknown;
    saveProgress(processed: number, total: number, checkpoint?: unknown): Promise<void>;
  },
  only?: readonly string[],
): Promise<void> {
  const after = (ctx.checkpoint as { after?: string } | null)?.after;
  const workspaces = await ctx.db.workspace.findMany({
    where: {
      rawEventRetentionDays: { not: null },
      ...(after ? { id: { gt: after } } : {}),
      ...(only ? { id: { in: [...only], ...(after ? { gt: after } : {}) } } : {}),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let swept = 0;
  for (const w of workspaces) {
    await sweepExpiredEvents({ db: ctx.db, workspaceId: w.id, now: new Date() });
    swept += 1;
    await ctx.saveProgress(swept, workspaces.length, { after: w.id });
  }
}
