import type { Db } from "../db";
import { featuresForEvent, type FeatureMatcher } from "../features/match-feature";
import { matchPersona, type PersonaRule } from "../audience/match-persona";
import type { Condition } from "../audience/condition";
import { join, parseJson, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

const CHUNK = 500;

export type RecomputeKind = "personas" | "feature";
export type JobStatus = "running" | "done" | "failed";

/** The columns are plain strings; only these values are ever written to them. */
function typed<T extends { kind: string; status: string }>(job: T): T & { kind: RecomputeKind; status: JobStatus } {
  return { ...job, kind: job.kind as RecomputeKind, status: job.status as JobStatus };
}

/** Records a job and runs it in this process without holding the request; the UI polls its
 * progress. `done` lets tests (and the seed) wait for it. A job whose process dies stays
 * "running" and is superseded by the next change. */
export async function startRecompute(args: { db: Db; workspaceId: string; kind: RecomputeKind; targetId?: string }) {
  const created = await args.db.recomputeJob.create({
    data: { workspaceId: args.workspaceId, kind: args.kind, targetId: args.targetId ?? null, status: "running" },
    select: { id: true, kind: true, status: true, processed: true, total: true },
  });
  const job = typed(created);
  const run = args.kind === "personas" ? reassignAllPersonas : rebuildFeatureRollup;
  const done = run(args.db, args.workspaceId, job.id, args.targetId ?? "")
    .then(() =>
      args.db.recomputeJob.update({ where: { id: job.id }, data: { status: "done", finishedAt: new Date() } }),
    )
    .catch(async (error: unknown) => {
      console.error("[recompute]", error);
      await args.db.recomputeJob
        .update({ where: { id: job.id }, data: { status: "failed", error: String(error), finishedAt: new Date() } })
        .catch(() => undefined);
    })
    .then(() => undefined);
  return { job, done };
}

async function progress(db: Db, jobId: string, processed: number, total: number) {
  await db.recomputeJob.update({ where: { id: jobId }, data: { processed, total } });
}

async function reassignAllPersonas(db: Db, workspaceId: string, jobId: string): Promise<void> {
  const personas: PersonaRule[] = (
    await db.persona.findMany({ where: { workspaceId }, select: { id: true, priority: true, rules: true } })
  ).map((p) => ({ id: p.id, priority: p.priority, rules: p.rules as Condition[] }));
  const total = await db.endUser.count({ where: { workspaceId } });
  let processed = 0;
  let cursor: string | undefined;
  await progress(db, jobId, 0, total);
  for (;;) {
    const users = await db.endUser.findMany({
      where: { workspaceId, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, traits: true, personaId: true },
      orderBy: { id: "asc" },
      take: CHUNK,
    });
    if (users.length === 0) break;
    const changes = users
      .map((u) => [u.id, matchPersona((u.traits ?? {}) as Record<string, unknown>, personas)] as const)
      .filter(([id, persona]) => users.find((u) => u.id === id)!.personaId !== persona);
    if (changes.length > 0) {
      await tenantSql(db, workspaceId).execute(sql`
        UPDATE "EndUser" SET "personaId" = CASE "id" ${join(
          changes.map(([id, p]) => sql`WHEN ${id} THEN ${p}`),
          " ",
        )} END
        WHERE "workspaceId" = ${workspaceId} AND "id" IN (${join(changes.map(([id]) => id))})`);
    }
    processed += users.length;
    cursor = users[users.length - 1]!.id;
    await progress(db, jobId, processed, total);
  }
}

/** Rebuilds one feature's FeatureUserDay rows from raw events, a day per transaction. */
async function rebuildFeatureRollup(db: Db, workspaceId: string, jobId: string, featureId: string): Promise<void> {
  const feature = await db.feature.findFirst({
    where: { id: featureId, workspaceId },
    select: { id: true, matchers: true },
  });
  if (!feature) {
    await db.featureUserDay.deleteMany({ where: { workspaceId, featureId } });
    return;
  }
  const matchers = feature.matchers as FeatureMatcher[];
  const names = [...new Set(matchers.map((m) => m.event))];
  const range = await db.event.aggregate({
    where: { workspaceId, type: "track", name: { in: names } },
    _min: { day: true },
    _max: { day: true },
  });
  await db.featureUserDay.deleteMany({
    where: { workspaceId, featureId, ...(range._min.day === null ? {} : { day: { lt: range._min.day } }) },
  });
  const first = range._min.day;
  const last = range._max.day;
  if (first === null || last === null || names.length === 0) return;
  const total = last - first + 1;
  await progress(db, jobId, 0, total);
  const rule = [{ id: feature.id, matchers }];
  for (let day = first; day <= last; day++) {
    const events = await db.event.findMany({
      where: { workspaceId, day, type: "track", name: { in: names } },
      select: { name: true, endUserId: true, properties: true },
    });
    const counts = new Map<string, number>();
    for (const e of events) {
      if (featuresForEvent(e.name, parseJson(e.properties, {}), rule).length > 0)
        counts.set(e.endUserId, (counts.get(e.endUserId) ?? 0) + 1);
    }
    await db.$transaction([
      db.featureUserDay.deleteMany({ where: { workspaceId, featureId, day } }),
      db.featureUserDay.createMany({
        data: [...counts].map(([endUserId, count]) => ({ workspaceId, featureId, day, endUserId, count })),
      }),
    ]);
    if ((day - first) % 7 === 6 || day === last) await progress(db, jobId, day - first + 1, total);
  }
  await db.featureUserDay.deleteMany({ where: { workspaceId, featureId, day: { gt: last } } });
}

export async function getJob(args: { db: Db; workspaceId: string; id: string }) {
  const job = await args.db.recomputeJob.findFirst({
    where: { id: args.id, workspaceId: args.workspaceId },
    select: {
      id: true,
      kind: true,
      status: true,
      processed: true,
      total: true,
      error: true,
      createdAt: true,
      finishedAt: true,
    },
  });
  return job ? typed(job) : null;
}
