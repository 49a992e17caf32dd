import { z } from "zod";
import { ZRebuildRollupsInput } from "./schemas";
import type { Db } from "../db";
import type { JobHandler } from "./handler";
import { rebuildFeatureTotals } from "./rebuild-feature-totals";
import { rebuildRollupDay } from "./rebuild-rollup-day";
import { DAY_TABLES, retainedFrom, ROLLUP_TABLES, type RollupTable } from "./rollup-counts";

const ZPayload = ZRebuildRollupsInput;
/** Days before `nextDay` of this attempt's plan are rebuilt; then features after `afterFeature`. */
const ZCheckpoint = z.object({ nextDay: z.number().int(), afterFeature: z.string().optional() });

/** The days to rebuild: every retained day with raw events or with a row in a chosen table (a row
 * the events no longer give must go). Rows are only replaced day by day, never a range at once, so
 * an increment ingest makes to a day outside the plan survives. */
async function planDays(db: Db, workspaceId: string, tables: ReadonlySet<RollupTable>, keepFrom: number | null) {
  const where = { workspaceId, ...(keepFrom === null ? {} : { day: { gte: keepFrom } }) };
  const by: "day"[] = ["day"];
  const found = await Promise.all([
    db.event.groupBy({ by, where }),
    tables.has("UserDay") ? db.userDay.groupBy({ by, where }) : [],
    tables.has("AccountDay") ? db.accountDay.groupBy({ by, where }) : [],
    tables.has("EventDay") ? db.eventDay.groupBy({ by, where }) : [],
    tables.has("UserEventDay") ? db.userEventDay.groupBy({ by, where }) : [],
    tables.has("FeatureUserDay") ? db.featureUserDay.groupBy({ by, where }) : [],
  ]);
  return [...new Set(found.flat().map((r) => r.day))].sort((a, b) => a - b);
}

/**
 * "recompute.rollups": rebuilds a workspace's rollups (payload `tables`, default all seven) from
 * its raw events, after a bug, a restore or a manual fix left them wrong. The day-keyed tables a
 * day at a time (rebuild-rollup-day.ts), then FeatureUser and FeatureAccount a feature at a time
 * (rebuild-feature-totals.ts, after FeatureUserDay since FeatureUser follows it), each in a short
 * transaction exclusive with ingest, so increments made meanwhile are neither lost nor counted
 * twice. Days before the retained raw window are left alone. Resumes from its checkpoint; progress
 * counts days and features.
 */
export const rebuildRollups: JobHandler = async ({ db, job, checkpoint, saveProgress }) => {
  const workspaceId = job.workspaceId;
  const tables = new Set<RollupTable>(ZPayload.parse(job.payload).tables ?? ROLLUP_TABLES);
  const workspace = await db.workspace.findFirst({
    where: { id: workspaceId },
    select: { timeZone: true, rawEventRetentionDays: true },
  });
  if (!workspace) return;
  const keepFrom = retainedFrom(workspace, new Date());
  const dayTables = new Set([...tables].filter((t) => DAY_TABLES.includes(t)));
  const totals = { users: tables.has("FeatureUser"), accounts: tables.has("FeatureAccount") };

  const plan = dayTables.size > 0 ? await planDays(db, workspaceId, dayTables, keepFrom) : [];
  const features =
    totals.users || totals.accounts
      ? await db.feature.findMany({ where: { workspaceId }, select: { id: true }, orderBy: { id: "asc" } })
      : [];
  const total = plan.length + features.length;
  const resumed = ZCheckpoint.safeParse(checkpoint);
  const nextDay = resumed.success ? resumed.data.nextDay : Number.MIN_SAFE_INTEGER;
  const afterFeature = resumed.success ? resumed.data.afterFeature : undefined;

  let done = plan.filter((d) => d < nextDay).length;
  await saveProgress(done, total);
  for (const day of plan) {
    if (day < nextDay || afterFeature !== undefined) continue;
    await rebuildRollupDay(db, { workspaceId, day, tables: dayTables });
    done += 1;
    await saveProgress(done, total, { nextDay: day + 1 });
  }
  const lastDay = plan.length > 0 ? plan[plan.length - 1]! + 1 : nextDay;
  done = plan.length + (afterFeature === undefined ? 0 : features.filter((f) => f.id <= afterFeature).length);
  for (const f of features) {
    if (afterFeature !== undefined && f.id <= afterFeature) continue;
    await rebuildFeatureTotals(db, { workspaceId, featureId: f.id, keepFrom, ...totals });
    done += 1;
    await saveProgress(done, total, { nextDay: lastDay, afterFeature: f.id });
  }
};
