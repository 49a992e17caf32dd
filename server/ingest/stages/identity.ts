import { dayNumber } from "../../calendar/day-number";
import { SDK_SOURCES } from "../../identity/schemas";
import { join, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type IngestStage } from "./stage";

/** Counts the batch's newly stored messages about a userId, by SDK source and by whether the
 * userId was verified, into IdentityDay for the day received: what Settings → Identity shows
 * before an admin requires verified identity (docs/decisions/verified-identity.md). One upsert. */
export const identity: IngestStage = {
  name: "identity",
  maxStatements: 1,
  async run(ctx) {
    const workspaceId = ctx.workspace.id;
    const counts = new Map(SDK_SOURCES.map((s) => [s, { verified: 0, unverified: 0 }]));
    for (const { m } of need(ctx, "stored")) {
      if (!m.identity) continue;
      const row = counts.get(m.identity.source)!;
      if (m.identity.verified) row.verified += 1;
      else row.unverified += 1;
    }
    const rows = [...counts.entries()].filter(([, c]) => c.verified + c.unverified > 0);
    if (rows.length === 0) return;
    const day = dayNumber(ctx.receivedAt, ctx.workspace.timeZone);
    await tenantSql(ctx.tx, workspaceId).execute(sql`
      INSERT INTO "IdentityDay" ("workspaceId", "day", "source", "verified", "unverified")
      VALUES ${join(rows.map(([source, c]) => sql`(${workspaceId}, ${day}, ${source}, ${c.verified}, ${c.unverified})`))}
      ON CONFLICT ("workspaceId", "day", "source") DO UPDATE SET
        "verified" = "IdentityDay"."verified" + excluded."verified",
        "unverified" = "IdentityDay"."unverified" + excluded."unverified"`);
  },
};
