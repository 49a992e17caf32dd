import { featuresForEvent } from "../../features/match-feature";
import { ACTIVITY_TYPES } from "../normalize-message";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type EventRow, type IngestStage } from "./stage";

/** Items counted per key, in key order (one lock order for concurrent batches). */
function countBy<K>(items: Iterable<K>, keyOf: (k: K) => string): Map<string, { item: K; n: number }> {
  const counts = new Map<string, { item: K; n: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const hit = counts.get(key);
    if (hit) hit.n += 1;
    else counts.set(key, { item, n: 1 });
  }
  return new Map([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Adds the newly stored activity (track, page and screen) to the daily rollups: per user, per event
 * name, and per feature and user. One upsert each, adding to the stored counts. */
export const rollups: IngestStage = {
  name: "rollups",
  maxStatements: 3,
  async run(ctx) {
    const workspaceId = ctx.workspace.id;
    const activity = need(ctx, "stored").filter((e) => ACTIVITY_TYPES.has(e.m.type));
    if (activity.length === 0) return;

    const perUserDay = countBy(activity, (e) => `${e.day}|${e.userId}`);
    await tenantSql(ctx.tx, workspaceId).execute(sql`
      INSERT INTO "UserDay" ("workspaceId", "day", "endUserId", "accountId", "eventCount")
      VALUES ${join([...perUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.userId}, ${item.accountId}, ${n})`))}
      ON CONFLICT ("workspaceId", "day", "endUserId") DO UPDATE SET
        "eventCount" = "UserDay"."eventCount" + excluded."eventCount",
        "accountId" = COALESCE(excluded."accountId", "UserDay"."accountId")`);

    const perEventDay = countBy(activity, (e) => `${e.day}|${e.m.name}`);
    await tenantSql(ctx.tx, workspaceId).execute(sql`
      INSERT INTO "EventDay" ("workspaceId", "day", "name", "count")
      VALUES ${join([...perEventDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.m.name}, ${n})`))}
      ON CONFLICT ("workspaceId", "day", "name") DO UPDATE SET "count" = "EventDay"."count" + excluded."count"`);

    const uses: { featureId: string; e: EventRow }[] = [];
    for (const e of activity) {
      if (e.m.type !== "track") continue;
      for (const featureId of featuresForEvent(e.m.name, e.m.properties, ctx.rules.features))
        uses.push({ featureId, e });
    }
    if (uses.length === 0) return;
    const perFeatureUserDay = countBy(uses, (u) => `${u.featureId}|${u.e.day}|${u.e.userId}`);
    await tenantSql(ctx.tx, workspaceId).execute(sql`
      INSERT INTO "FeatureUserDay" ("workspaceId", "featureId", "day", "endUserId", "count")
      VALUES ${join([...perFeatureUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.featureId}, ${item.e.day}, ${item.e.userId}, ${n})`))}
      ON CONFLICT ("workspaceId", "featureId", "day", "endUserId") DO UPDATE SET "count" = "FeatureUserDay"."count" + excluded."count"`);
  },
};
