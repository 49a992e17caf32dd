import { z } from "zod";
import type { Db } from "../db";
import { featuresForEvent, type FeatureMatcher, type FeatureRule } from "../features/match-feature";
import { parseJson } from "../sql/fragments";
import type { JobHandler } from "./handler";
import { lockRollups, REBUILD_TX } from "./lock-rollup";
import { createInChunks, rebuildFeatureTotals } from "./rebuild-feature-totals";
import { retainedFrom } from "./rollup-counts";

const ZPayload = z.object({ featureId: z.string().min(1) });
/** Every day before `nextDay` of this attempt's plan is rebuilt. */
const ZCheckpoint = z.object({ nextDay: z.number().int() });

/**
 * "recompute.feature": rebuilds one feature's rollups from raw events after its matchers changed,
 * while ingest keeps adding to the same rows: its FeatureUserDay rows a day at a time, then its
 * FeatureUser and FeatureAccount rows (rebuild-feature-totals.ts) as the last step. Days before the
 * oldest raw day the workspace retains (rawEventRetentionDays) are left alone: their raw events
 * are gone, and the rollups are the only history left. Resumable from the day after the last one
 * done; a day rebuilt twice gives the same rows, and so does the last step.
 */
export const rebuildFeatureRollup: JobHandler = async ({ db, job, checkpoint, saveProgress }) => {
  const workspaceId = job.workspaceId;
  const { featureId } = ZPayload.parse(job.payload);
  const [feature, workspace] = await Promise.all([
    db.feature.findFirst({ where: { id: featureId, workspaceId }, select: { id: true, matchers: true } }),
    db.workspace.findFirst({ where: { id: workspaceId }, select: { timeZone: true, rawEventRetentionDays: true } }),
  ]);
  if (!feature || !workspace) {
    // Deleted since: deleteFeature removed its rows in the same transaction; nothing to rebuild.
    return;
  }
  const rule: FeatureRule = { id: feature.id, matchers: feature.matchers as FeatureMatcher[] };
  const names = [...new Set(rule.matchers.map((m) => m.event))];
  const keepFrom = retainedFrom(workspace, new Date());
  const inScope = keepFrom === null ? {} : { day: { gte: keepFrom } };

  const [range, rolled] = await Promise.all([
    db.event.aggregate({
      where: { workspaceId, type: "track", name: { in: names }, ...inScope },
      _min: { day: true },
      _max: { day: true },
    }),
    db.featureUserDay.groupBy({ by: ["day"], where: { workspaceId, featureId, ...inScope } }),
  ]);
  // The plan: every day with matching events, and every day with a row the new matchers may no
  // longer produce. Rows are only ever replaced day by day (never a range deleted at once), so an
  // increment ingest makes to a day the plan did not foresee survives.
  const days = new Set(rolled.map((r) => r.day));
  if (range._min.day !== null && range._max.day !== null)
    for (let day = range._min.day; day <= range._max.day; day++) days.add(day);
  const plan = [...days].sort((a, b) => a - b);
  const resumed = ZCheckpoint.safeParse(checkpoint);
  const start = resumed.success ? plan.findIndex((d) => d >= resumed.data.nextDay) : 0;
  const from = start === -1 ? plan.length : start;
  const total = plan.length + 1;
  await saveProgress(from, total);
  for (let i = from; i < plan.length; i++) {
    await rebuildDay(db, { workspaceId, rule, names, day: plan[i]! });
    await saveProgress(i + 1, total, { nextDay: plan[i]! + 1 });
  }
  await rebuildFeatureTotals(db, { workspaceId, featureId, users: true, accounts: true, keepFrom });
  await saveProgress(total, total);
};

/**
 * Replaces one day's rows with counts of that day's raw events, in one transaction that no
 * ingest increment to the table can interleave with, so none is lost or counted twice
 * (lock-rollup.ts): a batch committed before is in the read (and its increment is replaced by the
 * recount), a batch not yet committed cannot write until this one commits (and adds its increment
 * to the recounted row). On SQLite the DELETE comes first for the same reason.
 */
async function rebuildDay(
  db: Db,
  args: { workspaceId: string; rule: FeatureRule; names: string[]; day: number },
): Promise<void> {
  const { workspaceId, rule, day } = args;
  await db.$transaction(async (tx) => {
    await lockRollups(tx, db);
    await tx.featureUserDay.deleteMany({ where: { workspaceId, featureId: rule.id, day } });
    const events =
      args.names.length === 0
        ? []
        : await tx.event.findMany({
            where: { workspaceId, day, type: "track", name: { in: args.names } },
            select: { name: true, endUserId: true, properties: true },
          });
    const counts = new Map<string, number>();
    for (const e of events) {
      if (featuresForEvent(e.name, parseJson(e.properties, {}), [rule]).length > 0)
        counts.set(e.endUserId, (counts.get(e.endUserId) ?? 0) + 1);
    }
    await createInChunks([...counts], (chunk) =>
      tx.featureUserDay.createMany({
        data: chunk.map(([endUserId, count]) => ({ workspaceId, featureId: rule.id, day, endUserId, count })),
      }),
    );
  }, REBUILD_TX);
}
