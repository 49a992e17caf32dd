import type { DbOrTx } from "../db";
import type { FeatureMatcher, FeatureRule } from "../features/match-feature";
import { ACTIVITY_TYPES } from "../ingest/normalize-message";
import { retainedFrom, featureAccountSpans, spanAfterErasure, type RawEvent } from "../jobs/rollup-counts";
import { join, parseJson, raw, sql, type Sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

/** Events deleted per transaction: a chunk commits in well under a second, and its bound values
 * stay far under both databases' limits. */
export const ERASE_CHUNK = 2000;

export type ChunkCounts = { events: number; eventDays: number; accountDays: number; featureAccounts: number };

/** Subtracts `n` per key from a day-keyed count column and deletes the rows that reach zero. */
async function subtract(
  tx: DbOrTx,
  workspaceId: string,
  table: { name: "EventDay" | "AccountDay"; key: "name" | "accountId"; column: "count" | "eventCount" },
  groups: { day: number; key: string; n: number }[],
): Promise<number> {
  if (groups.length === 0) return 0;
  const t = tenantSql(tx, workspaceId);
  const q = (name: string): Sql => raw(`"${name}"`);
  const keys = join(groups.map((g) => sql`(${g.day}, ${g.key})`));
  const minus = join(
    groups.map((g) => sql`WHEN "day" = ${g.day} AND ${q(table.key)} = ${g.key} THEN CAST(${g.n} AS INTEGER)`),
    " ",
  );
  const changed = await t.execute(sql`
    UPDATE ${q(table.name)} SET ${q(table.column)} = ${q(table.column)} - (CASE ${minus} ELSE 0 END)
    WHERE "workspaceId" = ${workspaceId} AND ("day", ${q(table.key)}) IN (${keys})`);
  await t.execute(sql`
    DELETE FROM ${q(table.name)} WHERE "workspaceId" = ${workspaceId} AND ("day", ${q(table.key)}) IN (${keys})
      AND ${q(table.column)} <= 0`);
  return changed;
}

function perDay(rows: RawEvent[], keyOf: (r: RawEvent) => string | null) {
  const groups = new Map<string, { day: number; key: string; n: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null || !ACTIVITY_TYPES.has(r.type)) continue;
    const id = `${r.day}|${key}`;
    const hit = groups.get(id);
    if (hit) hit.n += 1;
    else groups.set(id, { day: r.day, key, n: 1 });
  }
  return [...groups.values()];
}

/**
 * FeatureAccount rows of the accounts whose uses the chunk erased, recomputed from the account's
 * remaining retained events (spanAfterErasure: history before the retained window cannot be
 * recounted, so it drops by what was erased). One read of the affected features' events of the
 * affected accounts; rows replaced.
 */
async function recountFeatureAccounts(tx: DbOrTx, workspaceId: string, erased: RawEvent[]): Promise<number> {
  const tracked = erased.filter((e) => e.type === "track" && e.accountId !== null);
  if (tracked.length === 0) return 0;
  const [features, workspace] = await Promise.all([
    tx.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } }),
    tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { rawEventRetentionDays: true, timeZone: true },
    }),
  ]);
  const rules: FeatureRule[] = features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureMatcher[] }));
  const gone = featureAccountSpans(tracked, rules);
  if (gone.size === 0) return 0;
  const pairs = [...gone.keys()].map((k) => {
    const [featureId, accountId] = k.split("|") as [string, string];
    return { featureId, accountId };
  });
  const featureIds = [...new Set(pairs.map((p) => p.featureId))];
  const accountIds = [...new Set(pairs.map((p) => p.accountId))];
  const affected = rules.filter((r) => featureIds.includes(r.id));
  const keepFrom = retainedFrom(workspace, new Date());
  const [remaining, old] = await Promise.all([
    tx.event.findMany({
      where: {
        workspaceId,
        type: "track",
        name: { in: [...new Set(affected.flatMap((r) => r.matchers.map((m) => m.event)))] },
        accountId: { in: accountIds },
        ...(keepFrom === null ? {} : { day: { gte: keepFrom } }),
      },
      select: { type: true, name: true, endUserId: true, accountId: true, day: true, properties: true },
    }),
    tx.featureAccount.findMany({ where: { workspaceId, OR: pairs } }),
  ]);
  const left = featureAccountSpans(
    remaining.map((e) => ({ ...e, timestamp: new Date(0), messageId: "", properties: parseJson(e.properties, {}) })),
    affected,
  );
  const before = new Map(old.map((r) => [`${r.featureId}|${r.accountId}`, r]));
  const rows = pairs.flatMap(({ featureId, accountId }) => {
    const key = `${featureId}|${accountId}`;
    const span = spanAfterErasure({
      old: before.get(key),
      erased: gone.get(key)!.uses,
      remaining: left.get(key),
      keepFrom,
    });
    return span ? [{ workspaceId, featureId, accountId, ...span }] : [];
  });
  await tx.featureAccount.deleteMany({ where: { workspaceId, OR: pairs } });
  if (rows.length > 0) await tx.featureAccount.createMany({ data: rows });
  return pairs.length;
}

/**
 * Deletes up to `limit` of the user's raw events and takes them out of the rollups that are not
 * the user's own (those go with the user): EventDay (per day × name) and AccountDay (per day ×
 * account) lose the activity types counted there, rows reaching zero deleted; the FeatureAccount
 * rows of the accounts whose feature uses went are recounted (recountFeatureAccounts). The events
 * are deleted first: a transaction that changes rollups writes "Event" first, which is what keeps
 * a concurrent rebuild exact (server/jobs/lock-rollup.ts). Run it in a transaction: the events and
 * their counts go together, so a crash between chunks leaves these rollups equal to what the
 * remaining events add up to, and running again resumes. Oldest first, so a chunk spans few days.
 */
export async function eraseEventChunk(
  tx: DbOrTx,
  workspaceId: string,
  endUserId: string,
  limit = ERASE_CHUNK,
): Promise<ChunkCounts> {
  const found = await tx.event.findMany({
    where: { workspaceId, endUserId },
    select: { id: true, day: true, name: true, type: true, accountId: true, properties: true, endUserId: true },
    // The (workspaceId, endUserId, timestamp) index's own order: no sort of all the user's events
    // per chunk (a tie-break on id would need one).
    orderBy: { timestamp: "asc" },
    take: limit,
  });
  if (found.length === 0) return { events: 0, eventDays: 0, accountDays: 0, featureAccounts: 0 };
  const { count } = await tx.event.deleteMany({
    where: { workspaceId, endUserId, id: { in: found.map((r) => r.id) } },
  });
  const rows: RawEvent[] = found.map((r) => ({
    ...r,
    timestamp: new Date(0),
    messageId: "",
    properties: parseJson(r.properties, {}),
  }));
  const eventDays = await subtract(
    tx,
    workspaceId,
    { name: "EventDay", key: "name", column: "count" },
    perDay(rows, (r) => r.name),
  );
  const accountDays = await subtract(
    tx,
    workspaceId,
    { name: "AccountDay", key: "accountId", column: "eventCount" },
    perDay(rows, (r) => r.accountId),
  );
  const featureAccounts = await recountFeatureAccounts(tx, workspaceId, rows);
  return { events: count, eventDays, accountDays, featureAccounts };
}
