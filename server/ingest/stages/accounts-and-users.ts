import { randomUUID } from "node:crypto";
import type { Tx } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import { join, parseJson, sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";
import { dayNumber } from "../../calendar/day-number";
import {
  accountNeedsWrite,
  collectAccounts,
  collectUsers,
  userNeedsWrite,
  type AccountRow,
  type KnownUser,
  type UserRow,
} from "../batch-rows";
import type { IngestStage, IngestWorkspace, StoredUser } from "./stage";
import { limiter } from "../../rate-limit/limits";

/** Account ids for every account the batch names, writing only new or changed accounts. */
async function resolveAccounts(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  rows: AccountRow[],
): Promise<Map<string, string>> {
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

async function upsertAccounts(
  tx: Tx,
  d: SqlDialect,
  workspaceId: string,
  rows: AccountRow[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const values = rows.map(
    (r) =>
      sql`(${randomUUID()}, ${workspaceId}, ${r.key}, ${r.name}, ${d.jsonValue(r.traits)}, ${d.dateValue(r.first)}, ${d.dateValue(r.last)})`,
  );
  const result = await tenantSql(tx, workspaceId).query<{ id: string; externalId: string }[]>(sql`
    INSERT INTO "Account" ("id", "workspaceId", "externalId", "name", "traits", "firstSeenAt", "lastSeenAt")
    VALUES ${join(values)}
    ON CONFLICT ("workspaceId", "externalId") DO UPDATE SET
      "traits" = ${d.jsonMerge('"Account"."traits"', 'excluded."traits"')},
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

/** Every user the batch names, writing only new or changed users. Returns all of them, and
 * separately the rows just written (whose merged traits may now match another persona). */
async function resolveUsers(
  tx: Tx,
  d: SqlDialect,
  ws: IngestWorkspace,
  rows: UserRow[],
  accountIds: Map<string, string>,
): Promise<{ users: Map<string, StoredUser>; writtenUsers: StoredUser[]; wereBare: string[] }> {
  const known: KnownUser[] = await tx.endUser.findMany({
    where: { workspaceId: ws.id, externalId: { in: rows.map((r) => r.key) } },
    select: {
      id: true,
      externalId: true,
      traits: true,
      personaId: true,
      accountId: true,
      locale: true,
      firstSeenAt: true,
      lastSeenAt: true,
      lastSeenDay: true,
    },
  });
  // A quota, not a race guard: two batches at once may each see the other's users as new.
  const fresh = rows.length - known.length;
  if (fresh > 0) {
    await limiter("newEndUsersPerWorkspace", ws.newEndUsersPerDay).consume(
      ws.id,
      fresh,
      "This workspace reached its quota of new end users for today.",
    );
  }
  const users = new Map<string, StoredUser>(known.map((u) => [u.externalId, u]));
  const changed = rows.filter((r) =>
    userNeedsWrite(
      r,
      r.accountKey ? (accountIds.get(r.accountKey) ?? null) : null,
      dayNumber(r.last, ws.timeZone),
      users.get(r.key) as KnownUser | undefined,
    ),
  );
  const writtenUsers = changed.length > 0 ? await upsertUsers(tx, d, ws, changed, accountIds) : [];
  for (const u of writtenUsers) users.set(u.externalId, u);
  // Feedback can create a bare user (no traits, persona or account) before their identify: report
  // those this batch gave traits or an account (a bare user who only moved lastSeenAt is not one).
  const bare = new Set(known.filter(isBare).map((u) => u.id));
  return { users, writtenUsers, wereBare: writtenUsers.filter((u) => bare.has(u.id) && !isBare(u)).map((u) => u.id) };
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

/** The accounts the batch names (groupId), then its users: each read with one query and written
 * with one upsert, only the rows that would change (accounts first: users point at them). */
export const accountsAndUsers: IngestStage = {
  name: "accounts-and-users",
  maxStatements: 4,
  async run({ tx, dialect, workspace, messages }) {
    const accountIds = await resolveAccounts(tx, dialect, workspace.id, collectAccounts(messages));
    const users = await resolveUsers(tx, dialect, workspace, collectUsers(messages), accountIds);
    return { accountIds, ...users };
  },
};
