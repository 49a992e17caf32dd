import { z } from "zod";
import { matchPersona, type PersonaRule } from "../audience/match-persona";
import type { Condition } from "../audience/condition";
import { join, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import type { JobHandler } from "./handler";

const CHUNK = 500;

/** The last user id a chunk finished; users are walked in id order. */
const ZCheckpoint = z.object({ cursor: z.string(), processed: z.number().int() });

/** "recompute.personas": assigns every end user the persona the current rules give them.
 * Resumable: a later attempt continues after the checkpoint's user; redoing a chunk writes the
 * same personas again, so running twice is harmless. */
export const reassignPersonas: JobHandler = async ({ db, job, checkpoint, saveProgress }) => {
  const workspaceId = job.workspaceId;
  const personas: PersonaRule[] = (
    await db.persona.findMany({ where: { workspaceId }, select: { id: true, priority: true, rules: true } })
  ).map((p) => ({ id: p.id, priority: p.priority, rules: p.rules as Condition[] }));
  const total = await db.endUser.count({ where: { workspaceId } });
  const resumed = ZCheckpoint.safeParse(checkpoint);
  let cursor = resumed.success ? resumed.data.cursor : undefined;
  let processed = resumed.success ? resumed.data.processed : 0;
  await saveProgress(processed, total);
  for (;;) {
    const users = await db.endUser.findMany({
      where: { workspaceId, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, traits: true, personaId: true },
      orderBy: { id: "asc" },
      take: CHUNK,
    });
    if (users.length === 0) break;
    const changes = users
      .map((u) => [u.id, u.personaId, matchPersona((u.traits ?? {}) as Record<string, unknown>, personas)] as const)
      .filter(([, was, now]) => was !== now);
    if (changes.length > 0) {
      await tenantSql(db, workspaceId).execute(sql`
        UPDATE "EndUser" SET "personaId" = CASE "id" ${join(
          changes.map(([id, , p]) => sql`WHEN ${id} THEN ${p}`),
          " ",
        )} END
        WHERE "workspaceId" = ${workspaceId} AND "id" IN (${join(changes.map(([id]) => id))})`);
    }
    processed += users.length;
    cursor = users[users.length - 1]!.id;
    await saveProgress(Math.min(processed, total), total, { cursor, processed });
  }
};
