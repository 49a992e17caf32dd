import type { Db } from "../db";
import type { FeatureMatcher, FeatureRule } from "../features/match-feature";
import { parseJson } from "../sql/fragments";
import { lockRollups, REBUILD_TX } from "./lock-rollup";
import { createInChunks } from "./rebuild-feature-totals";
import { ACTIVITY, countDay, type RollupTable } from "./rollup-counts";

/**
 * Replaces one day's rows of the chosen day-keyed rollups with counts of that day's raw events,
 * in one transaction exclusive with every rollup writer (lock-rollup.ts): deletes first (on
 * SQLite that takes the write lock before the read), then reads the day's activity and the
 * features as they are now, then inserts. A day rebuilt twice gives the same rows.
 */
export async function rebuildRollupDay(
  db: Db,
  args: { workspaceId: string; day: number; tables: ReadonlySet<RollupTable> },
): Promise<void> {
  const { workspaceId, day, tables } = args;
  const where = { workspaceId, day };
  await db.$transaction(async (tx) => {
    await lockRollups(tx, db);
    if (tables.has("UserDay")) await tx.userDay.deleteMany({ where });
    if (tables.has("AccountDay")) await tx.accountDay.deleteMany({ where });
    if (tables.has("EventDay")) await tx.eventDay.deleteMany({ where });
    if (tables.has("UserEventDay")) await tx.userEventDay.deleteMany({ where });
    if (tables.has("FeatureUserDay")) await tx.featureUserDay.deleteMany({ where });
    const [events, features] = await Promise.all([
      tx.event.findMany({
        where: { workspaceId, day, type: { in: [...ACTIVITY] } },
        select: {
          type: true,
          name: true,
          endUserId: true,
          accountId: true,
          timestamp: true,
          messageId: true,
          properties: tables.has("FeatureUserDay"),
        },
      }),
      tables.has("FeatureUserDay")
        ? tx.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } })
        : Promise.resolve([]),
    ]);
    const rules: FeatureRule[] = features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureMatcher[] }));
    const rows = countDay(
      events.map((e) => ({ ...e, day, properties: e.properties === undefined ? {} : parseJson(e.properties, {}) })),
      rules,
    );
    const each = <T extends object>(list: T[]) => list.map((r) => ({ workspaceId, day, ...r }));
    if (tables.has("UserDay") && rows.userDays.length > 0)
      await createInChunks(each(rows.userDays), (data) => tx.userDay.createMany({ data }));
    if (tables.has("AccountDay") && rows.accountDays.length > 0)
      await createInChunks(each(rows.accountDays), (data) => tx.accountDay.createMany({ data }));
    if (tables.has("EventDay") && rows.eventDays.length > 0)
      await createInChunks(each(rows.eventDays), (data) => tx.eventDay.createMany({ data }));
    if (tables.has("UserEventDay") && rows.userEventDays.length > 0)
      await createInChunks(each(rows.userEventDays), (data) => tx.userEventDay.createMany({ data }));
    if (tables.has("FeatureUserDay") && rows.featureUserDays.length > 0)
      await createInChunks(each(rows.featureUserDays), (data) => tx.featureUserDay.createMany({ data }));
  }, REBUILD_TX);
}
