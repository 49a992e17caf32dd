import { matchPersona } from "../../audience/match-persona";
import { join, parseJson, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { need, type IngestStage } from "./stage";

/** Sets personaId where a written user's merged traits now match another persona: one UPDATE for
 * the batch, none when no persona changes. */
export const personas: IngestStage = {
  name: "personas",
  maxStatements: 1,
  async run(ctx) {
    const changes: [string, string | null][] = [];
    for (const u of need(ctx, "writtenUsers")) {
      const persona = matchPersona(parseJson(u.traits, {}), ctx.rules.personas);
      if (persona !== u.personaId) changes.push([u.id, persona]);
    }
    if (changes.length === 0) return;
    const workspaceId = ctx.workspace.id;
    const cases = join(
      changes.map(([id, persona]) => sql`WHEN ${id} THEN ${persona}`),
      " ",
    );
    await tenantSql(ctx.tx, workspaceId).execute(sql`
      UPDATE "EndUser" SET "personaId" = CASE "id" ${cases} END
      WHERE "workspaceId" = ${workspaceId} AND "id" IN (${join(changes.map(([id]) => id))})`);
  },
};
