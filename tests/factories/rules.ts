import type { Db } from "../../server/db";
import type { Condition } from "../../server/audience/condition";
import type { FeatureMatcher } from "../../server/features/match-feature";
import { unique } from "./unique";

/** Inserted directly (no recompute job): for fixtures that only need the row to exist. */
export async function insertPersona(
  db: Db,
  workspaceId: string,
  opts: { name?: string; rules?: Condition[]; priority?: number } = {},
) {
  return db.persona.create({
    data: {
      workspaceId,
      name: opts.name ?? `Persona ${unique()}`,
      rules: opts.rules ?? [{ key: "role", op: "equals", value: "engineer" }],
      priority: opts.priority ?? 1,
    },
    select: { id: true, name: true, priority: true },
  });
}

export async function insertFeature(
  db: Db,
  workspaceId: string,
  opts: { name?: string; matchers?: FeatureMatcher[] } = {},
) {
  return db.feature.create({
    data: {
      workspaceId,
      name: opts.name ?? `Feature ${unique()}`,
      matchers: opts.matchers ?? [{ event: "Report Exported" }],
    },
    select: { id: true, name: true },
  });
}

export async function insertJob(db: Db, workspaceId: string, opts: { status?: string } = {}) {
  return db.job.create({
    data: {
      workspaceId,
      kind: "recompute.personas",
      payload: {},
      status: opts.status ?? "done",
      finishedAt: new Date(),
    },
    select: { id: true },
  });
}
