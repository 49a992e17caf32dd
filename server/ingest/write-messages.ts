import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { featuresForEvent, type FeatureRule } from "../features/match-feature";
import { matchPersona, type PersonaRule } from "../audience/match-persona";
import type { Condition } from "../audience/condition";
import { join, parseJson, sql } from "../sql/fragments";
import { dayNumber } from "../calendar/day-number";
import type { NormalizedMessage } from "./normalize-message";
import {
  accountNeedsWrite,
  collectAccounts,
  collectUsers,
  userNeedsWrite,
  type AccountRow,
  type KnownUser,
  type UserRow,
} from "./batch-rows";
import { applyChecklistHooks, loadChecklistRules } from "./checklists";
import { claimEarlyFeedback } from "../feedback/claim-early-feedback";
import type { ChecklistRule } from "../onboarding/ingest-rules";
import { tenantSql } from "../sql/tenant-sql";

export type IngestWorkspace = { id: string; timeZone: string };
export type WriteResult = { inserted: number; duplicates: number };

const ACTIVITY_TYPES = new Set(["track", "page"]);

/** Account ids for every account the batch names, writing only new or changed accounts. */
async function resolveAccounts(tx: Tx, d: SqlDialect, workspaceId: string, rows: AccountRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const known = await tx.account.findMany({
    where: { workspaceId, externalId: { in: rows.map((r) => r.key) } },
    select: { id: true, externalId: true, traits: true, firstSeenAt: true, lastSeenAt: true },
  });
  const knownByKey = new Map(known.map((a) => [a.externalId, a]));
  const ids = new Map(known.map((a) => [a.externalId, a.id]));
  const changed = rows.filter((r) => accountNeedsWrite(r, knownByKey.get(r.key)));
  for (const [key, id] of await upsertAccounts(tx, d, workspaceId, changed)) ids.set(key, id);
  return ids;
}

async function upsertAccounts(tx: Tx, d: SqlDialect, workspaceId: string, rows: AccountRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const values = rows.map(
    (r) => sql`(${randomUUID()}, ${workspaceId}, ${r.key}, ${r.name}, ${d.jsonValue(r.traits)}, ${d.dateValue(r.first)}, ${d.dateValue(r.last)})`,
  );
  const result = await tenantSql(tx, workspaceId).query<{ id: string; externalId: string }[]>(sql`
    INSERT INTO "Account" ("id", "workspaceId", "externalId", "name", "traits", "firstSeenAt", "lastSeenAt")
    VALUES ${join(values)}
    ON CONFLICT ("workspaceId", "externalId") DO UPDATE SET
      "traits" = ${d.jsonMerge('"Account"."traits"', "excluded.\"traits\"")},
      "name" = COALESCE(excluded."name", "Account"."name"),
      "firstSeenAt" = ${d.least('"Account"."firstSeenAt"', 'excluded."firstSeenAt"')},
      "lastSeenAt" = ${d.greatest('"Account"."lastSeenAt"', 'excluded."lastSeenAt"')}
    RETURNING "id", "externalId"`);
  return new Map(result.map((r) => [r.externalId, r.id]));
}

function isBare(u: Pick<KnownUser, "traits" | "personaId" | "accountId">): boolean {
  const traits = parseJson<unknown>(u.traits, {});
  const empty = traits !== null && typeof traits === "object" && Object.keys(traits).length === 0;
  return empty && u.personaId === null && u.accountId === null;
}

type StoredUser = { id: string; externalId: string; traits: unknown; personaId: string | null; accountId: string | null };

/** Every user the batch names, writing only new or changed users. Returns all of them, and
 * separately the rows just written (whose merged traits may now match another persona). */
async function resolveUsers(
  tx: Tx,
  d: SqlDialect,
  ws: IngestWorkspace,
  rows: UserRow[],
  accountIds: Map<string, string>,
): Promise<{ all: Map<string, StoredUser>; written: StoredUser[]; wereBare: string[] }> {
  const known: KnownUser[] = await tx.endUser.findMany({
    where: { workspaceId: ws.id, externalId: { in: rows.map((r) => r.key) } },
    select: { id: true, externalId: true, traits: true, personaId: true, accountId: true, locale: true, firstSeenAt: true, lastSeenAt: true, lastSeenDay: true },
  });
  const all = new Map<string, StoredUser>(known.map((u) => [u.externalId, u]));
  const changed = rows.filter((r) =>
    userNeedsWrite(r, r.accountKey ? (accountIds.get(r.accountKey) ?? null) : null, dayNumber(r.last, ws.timeZone), all.get(r.key) as KnownUser | undefined),
  );
  const written = changed.length > 0 ? await upsertUsers(tx, d, ws, changed, accountIds) : [];
  for (const u of written) all.set(u.externalId, u);
  // Feedback can create a bare user (no traits, persona or account) before their identify: report
  // those this batch gave traits or an account (a bare user who only moved lastSeenAt is not one).
  const bare = new Set(known.filter(isBare).map((u) => u.id));
  return { all, written, wereBare: written.filter((u) => bare.has(u.id) && !isBare(u)).map((u) => u.id) };
}

async function upsertUsers(
  tx: Tx,
  d: SqlDialect,
  ws: IngestWorkspace,
  rows: UserRow[],
  accountIds: Map<string, string>,
): Promise<StoredUser[]> {
  const values = rows.map((r) => {
    const accountId = r.accountKey ? (accountIds.get(r.accountKey) ?? null) : null;
    return sql`(${randomUUID()}, ${ws.id}, ${r.key}, ${d.jsonValue(r.traits)}, ${accountId}, ${r.locale},
      ${d.dateValue(r.first)}, ${d.dateValue(r.last)}, ${dayNumber(r.first, ws.timeZone)}, ${dayNumber(r.last, ws.timeZone)})`;
  });
  return tenantSql(tx, ws.id).query<StoredUser[]>(sql`
    INSERT INTO "EndUser" ("id", "workspaceId", "externalId", "traits", "accountId", "locale",
      "firstSeenAt", "lastSeenAt", "firstSeenDay", "lastSeenDay")
    VALUES ${join(values)}
    ON CONFLICT ("workspaceId", "externalId") DO UPDATE SET
      "traits" = ${d.jsonMerge('"EndUser"."traits"', 'excluded."traits"')},
      "accountId" = COALESCE(excluded."accountId", "EndUser"."accountId"),
      "locale" = COALESCE(excluded."locale", "EndUser"."locale"),
      "firstSeenAt" = ${d.least('"EndUser"."firstSeenAt"', 'excluded."firstSeenAt"')},
      "lastSeenAt" = ${d.greatest('"EndUser"."lastSeenAt"', 'excluded."lastSeenAt"')},
      "firstSeenDay" = ${d.least('"EndUser"."firstSeenDay"', 'excluded."firstSeenDay"')},
      "lastSeenDay" = ${d.greatest('"EndUser"."lastSeenDay"', 'excluded."lastSeenDay"')}
    RETURNING "id", "externalId", "traits", "personaId", "accountId"`);
}

/** Sets personaId where the merged traits now match another persona: one UPDATE for the batch. */
async function reassignPersonas(tx: Tx, workspaceId: string, users: StoredUser[], personas: PersonaRule[]): Promise<void> {
  const changes: [string, string | null][] = [];
  for (const u of users) {
    const persona = matchPersona(parseJson(u.traits, {}), personas);
    if (persona !== u.personaId) changes.push([u.id, persona]);
  }
  if (changes.length === 0) return;
  const cases = join(changes.map(([id, persona]) => sql`WHEN ${id} THEN ${persona}`), " ");
  await tenantSql(tx, workspaceId).execute(sql`
    UPDATE "EndUser" SET "personaId" = CASE "id" ${cases} END
    WHERE "workspaceId" = ${workspaceId} AND "id" IN (${join(changes.map(([id]) => id))})`);
}

type EventRow = { m: NormalizedMessage; userId: string; accountId: string | null; day: number };

async function insertEvents(tx: Tx, d: SqlDialect, workspaceId: string, rows: EventRow[], receivedAt: Date): Promise<Set<string>> {
  const values = rows.map(
    ({ m, userId, accountId, day }) =>
      sql`(${randomUUID()}, ${workspaceId}, ${m.messageId}, ${m.type}, ${m.name}, ${userId}, ${accountId},
        ${d.jsonValue(m.properties)}, ${m.context ? d.jsonValue(m.context) : null}, ${d.dateValue(m.timestamp)},
        ${d.dateValue(receivedAt)}, ${day})`,
  );
  const inserted = await tenantSql(tx, workspaceId).query<{ messageId: string }[]>(sql`
    INSERT INTO "Event" ("id", "workspaceId", "messageId", "type", "name", "endUserId", "accountId",
      "properties", "context", "timestamp", "receivedAt", "day")
    VALUES ${join(values)}
    ON CONFLICT ("workspaceId", "messageId") DO NOTHING
    RETURNING "messageId"`);
  return new Set(inserted.map((r) => r.messageId));
}

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

/** Adds the newly stored events to the daily rollups (user activity, feature use, event counts). */
async function addToRollups(tx: Tx, workspaceId: string, events: EventRow[], features: FeatureRule[]): Promise<void> {
  const activity = events.filter((e) => ACTIVITY_TYPES.has(e.m.type));
  if (activity.length === 0) return;

  const perUserDay = countBy(activity, (e) => `${e.day}|${e.userId}`);
  await tenantSql(tx, workspaceId).execute(sql`
    INSERT INTO "UserDay" ("workspaceId", "day", "endUserId", "accountId", "eventCount")
    VALUES ${join([...perUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.userId}, ${item.accountId}, ${n})`))}
    ON CONFLICT ("workspaceId", "day", "endUserId") DO UPDATE SET
      "eventCount" = "UserDay"."eventCount" + excluded."eventCount",
      "accountId" = COALESCE(excluded."accountId", "UserDay"."accountId")`);

  const perEventDay = countBy(activity, (e) => `${e.day}|${e.m.name}`);
  await tenantSql(tx, workspaceId).execute(sql`
    INSERT INTO "EventDay" ("workspaceId", "day", "name", "count")
    VALUES ${join([...perEventDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.day}, ${item.m.name}, ${n})`))}
    ON CONFLICT ("workspaceId", "day", "name") DO UPDATE SET "count" = "EventDay"."count" + excluded."count"`);

  const uses: { featureId: string; e: EventRow }[] = [];
  for (const e of activity) {
    if (e.m.type !== "track") continue;
    for (const featureId of featuresForEvent(e.m.name, e.m.properties, features)) uses.push({ featureId, e });
  }
  if (uses.length === 0) return;
  const perFeatureUserDay = countBy(uses, (u) => `${u.featureId}|${u.e.day}|${u.e.userId}`);
  await tenantSql(tx, workspaceId).execute(sql`
    INSERT INTO "FeatureUserDay" ("workspaceId", "featureId", "day", "endUserId", "count")
    VALUES ${join([...perFeatureUserDay.values()].map(({ item, n }) => sql`(${workspaceId}, ${item.featureId}, ${item.e.day}, ${item.e.userId}, ${n})`))}
    ON CONFLICT ("workspaceId", "featureId", "day", "endUserId") DO UPDATE SET "count" = "FeatureUserDay"."count" + excluded."count"`);
}

export type IngestRules = { personas: PersonaRule[]; features: FeatureRule[]; checklists: ChecklistRule[] };

export async function loadIngestRules(db: Db, workspaceId: string): Promise<IngestRules> {
  const [personas, features, checklists] = await Promise.all([
    db.persona.findMany({ where: { workspaceId }, select: { id: true, priority: true, rules: true } }),
    db.feature.findMany({ where: { workspaceId }, select: { id: true, matchers: true } }),
    loadChecklistRules(db, workspaceId),
  ]);
  return {
    personas: personas.map((p) => ({ id: p.id, priority: p.priority, rules: p.rules as Condition[] })),
    features: features.map((f) => ({ id: f.id, matchers: f.matchers as FeatureRule["matchers"] })),
    checklists,
  };
}

/**
 * Stores a batch of validated messages in one transaction with a fixed number of set-based
 * statements (read accounts and users, write the changed ones, personas, events, three
 * rollups, and the checklist hooks when a checklist is live), whatever the batch size.
 * Messages already stored (same workspace + messageId) are skipped, and so is their share of
 * the rollups, so a retried batch changes nothing.
 */
export async function writeMessages(
  db: Db,
  dialect: SqlDialect,
  ws: IngestWorkspace,
  batch: NormalizedMessage[],
  receivedAt = new Date(),
  rules?: IngestRules,
): Promise<WriteResult> {
  const unique = [...new Map(batch.map((m) => [m.messageId, m])).values()];
  if (unique.length === 0) return { inserted: 0, duplicates: batch.length };
  const { personas, features, checklists } = rules ?? (await loadIngestRules(db, ws.id));

  return db.$transaction(
    async (tx) => {
      const accountIds = await resolveAccounts(tx, dialect, ws.id, collectAccounts(unique));
      const users = await resolveUsers(tx, dialect, ws, collectUsers(unique), accountIds);
      await reassignPersonas(tx, ws.id, users.written, personas);
      await claimEarlyFeedback(tx, ws.id, users.wereBare);

      const userByKey = users.all;
      const rows: EventRow[] = unique
        .map((m) => {
          const user = userByKey.get(m.userKey)!;
          const accountId = m.groupId ? (accountIds.get(m.groupId) ?? null) : user.accountId;
          return { m, userId: user.id, accountId, day: dayNumber(m.timestamp, ws.timeZone) };
        })
        .sort((a, b) => (a.m.messageId < b.m.messageId ? -1 : 1));
      const inserted = await insertEvents(tx, dialect, ws.id, rows, receivedAt);
      const stored = rows.filter((r) => inserted.has(r.m.messageId));
      await addToRollups(tx, ws.id, stored, features);
      // Only newly stored events: a retried batch must not complete items or move progress again.
      const tracked = stored
        .filter((r) => r.m.type === "track")
        .map((r) => ({ name: r.m.name, properties: r.m.properties, endUserId: r.userId, accountId: r.accountId, timestamp: r.m.timestamp }));
      await applyChecklistHooks(tx, dialect, ws.id, tracked, checklists, receivedAt);
      return { inserted: inserted.size, duplicates: batch.length - inserted.size };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

