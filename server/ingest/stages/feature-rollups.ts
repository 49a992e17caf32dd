import { featuresForEvent } from "../../features/match-feature";
import { recomputeWeeksUsed } from "../../features/weeks-used";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { countBy } from "./count-by";
import { need, type EventRow, type IngestStage } from "./stage";

type Use = { featureId: string; e: EventRow; day: number };

/** Adds the newly stored track calls that count as using a feature (server/features/) to the
 * feature rollups: uses per feature, user and day, and each user's and account's first day, last
 * day and uses of the feature so far (a user's weeks of use after the first recomputed). */
export const featureRollups: IngestStage = {
  name: "feature-rollups",
  maxStatements: 4,
  async run(ctx) {
    const workspaceId = ctx.workspace.id;
    const uses: Use[] = [];
    for (const e of need(ctx, "stored")) {
      if (e.m.type !== "track") continue;
      for (const featureId of featuresForEvent(e.m.name, e.m.properties, ctx.rules.features))
        uses.push({ featureId, e, day: e.day });
    }
    if (uses.length === 0) return;
    const tsql = tenantSql(ctx.tx, workspaceId);
    const { least, greatest } = ctx.dialect;

    const perUserDay = countBy(uses, (u) => `${u.featureId}|${u.day}|${u.e.userId}`);
    await tsql.execute(sql`
      INSERT INTO "FeatureUserDay" ("workspaceId", "featureId", "day", "endUserId", "count")
      VALUES ${join([...perUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.featureId}, ${item.day}, ${item.e.userId}, ${n})`))}
      ON CONFLICT ("workspaceId", "featureId", "day", "endUserId") DO UPDATE SET "count" = "FeatureUserDay"."count" + excluded."count"`);

    const perUser = countBy(uses, (u) => `${u.featureId}|${u.e.userId}`);
    await tsql.execute(sql`
      INSERT INTO "FeatureUser" ("workspaceId", "featureId", "endUserId", "firstDay", "lastDay", "uses")
      VALUES ${join([...perUser.values()].map(({ item, n, minDay, maxDay }) => sql`(${workspaceId}, ${item.featureId}, ${item.e.userId}, ${minDay}, ${maxDay}, ${n})`))}
      ON CONFLICT ("workspaceId", "featureId", "endUserId") DO UPDATE SET
        "firstDay" = ${least('"FeatureUser"."firstDay"', 'excluded."firstDay"')},
        "lastDay" = ${greatest('"FeatureUser"."lastDay"', 'excluded."lastDay"')},
        "uses" = "FeatureUser"."uses" + excluded."uses"`);
    const users = [...new Set(uses.map((u) => u.e.userId))];
    const features = [...new Set(uses.map((u) => u.featureId))];
    await tsql.execute(
      recomputeWeeksUsed(workspaceId, sql`"featureId" IN (${join(features)}) AND "endUserId" IN (${join(users)})`),
    );

    const withAccount = uses.filter((u) => u.e.accountId !== null);
    if (withAccount.length === 0) return;
    const perAccount = countBy(withAccount, (u) => `${u.featureId}|${u.e.accountId}`);
    await tsql.execute(sql`
      INSERT INTO "FeatureAccount" ("workspaceId", "featureId", "accountId", "firstDay", "lastDay", "uses")
      VALUES ${join([...perAccount.values()].map(({ item, n, minDay, maxDay }) => sql`(${workspaceId}, ${item.featureId}, ${item.e.accountId}, ${minDay}, ${maxDay}, ${n})`))}
      ON CONFLICT ("workspaceId", "featureId", "accountId") DO UPDATE SET
        "firstDay" = ${least('"FeatureAccount"."firstDay"', 'excluded."firstDay"')},
        "lastDay" = ${greatest('"FeatureAccount"."lastDay"', 'excluded."lastDay"')},
        "uses" = "FeatureAccount"."uses" + excluded."uses"`);
  },
};
