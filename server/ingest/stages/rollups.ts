import { ACTIVITY_TYPES } from "../normalize-message";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { countBy } from "./count-by";
import { need, type IngestStage } from "./stage";

/** Adds the newly stored activity (track, page and screen) to the daily activity rollups: per
 * user, per account, per event name, and per user and event name. One upsert each, adding to the
 * stored counts. Feature rollups are the next stage's. */
export const rollups: IngestStage = {
  name: "rollups",
  maxStatements: 4,
  async run(ctx) {
    const workspaceId = ctx.workspace.id;
    const activity = need(ctx, "stored").filter((e) => ACTIVITY_TYPES.has(e.m.type));
    if (activity.length === 0) return;
    const tsql = tenantSql(ctx.tx, workspaceId);

    const perUserDay = countBy(activity, (e) => `${e.day}|${e.userId}`);
    await tsql.execute(sql`
      INSERT INTO "UserDay" ("workspaceId", "day", "endUserId", "accountId", "eventCount")
      VALUES ${join([...perUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.userId}, ${item.accountId}, ${n})`))}
      ON CONFLICT ("workspaceId", "day", "endUserId") DO UPDATE SET
        "eventCount" = "UserDay"."eventCount" + excluded."eventCount",
        "accountId" = COALESCE(excluded."accountId", "UserDay"."accountId")`);

    const withAccount = activity.filter((e) => e.accountId !== null);
    if (withAccount.length > 0) {
      const perAccountDay = countBy(withAccount, (e) => `${e.day}|${e.accountId}`);
      await tsql.execute(sql`
        INSERT INTO "AccountDay" ("workspaceId", "day", "accountId", "eventCount")
        VALUES ${join([...perAccountDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.accountId}, ${n})`))}
        ON CONFLICT ("workspaceId", "day", "accountId") DO UPDATE SET "eventCount" = "AccountDay"."eventCount" + excluded."eventCount"`);
    }

    const perEventDay = countBy(activity, (e) => `${e.day}|${e.m.name}`);
    await tsql.execute(sql`
      INSERT INTO "EventDay" ("workspaceId", "day", "name", "count")
      VALUES ${join([...perEventDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.m.name}, ${n})`))}
      ON CONFLICT ("workspaceId", "day", "name") DO UPDATE SET "count" = "EventDay"."count" + excluded."count"`);

    const perUserEventDay = countBy(activity, (e) => `${e.m.name}|${e.day}|${e.userId}`);
    await tsql.execute(sql`
      INSERT INTO "UserEventDay" ("workspaceId", "name", "day", "endUserId", "count")
      VALUES ${join([...perUserEventDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.m.name}, ${item.day}, ${item.userId}, ${n})`))}
      ON CONFLICT ("workspaceId", "name", "day", "endUserId") DO UPDATE SET "count" = "UserEventDay"."count" + excluded."count"`);
  },
};
