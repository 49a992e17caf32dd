import type { SqlDialect } from "../sql/dialect";
import { join, raw, sql, type Sql } from "../sql/fragments";
import type { AdoptionFilter, SegmentCondition } from "./schemas";

// The population a report counts: which end users (and, for account reports, which accounts) pass
// the filter's persona, account and segment. Expressed as SQL restrictions so reports stay
// set-based; none at all when the filter restricts nothing (the common case, and the fastest).

export type Population = Pick<AdoptionFilter, "personaId" | "accountId" | "segment"> & { workspaceId: string };

export function populationOf(
  workspaceId: string,
  filter: Pick<AdoptionFilter, "personaId" | "accountId" | "segment">,
): Population {
  return { workspaceId, personaId: filter.personaId, accountId: filter.accountId, segment: filter.segment ?? [] };
}

export function restrictsUsers(p: Population): boolean {
  return p.personaId !== undefined || p.accountId !== undefined || p.segment.length > 0;
}

/** `LIKE` needs its wildcards escaped to match a value literally. */
function likeLiteral(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One trait condition on a JSON column (the targeting's semantics on scalar values: case-insensitive
 * equals / in / contains, exists = present and not empty). */
export function traitConditionSql(
  d: SqlDialect,
  column: string,
  c: Pick<SegmentCondition, "key" | "op" | "value">,
): Sql {
  const text = d.jsonText(column, c.key);
  switch (c.op) {
    case "exists":
      return sql`(${text} IS NOT NULL AND ${text} <> '')`;
    case "equals":
      return sql`LOWER(${text}) = ${String(c.value).toLowerCase()}`;
    case "in": {
      const values = (Array.isArray(c.value) ? c.value : [String(c.value)]).map((v) => v.toLowerCase());
      return sql`LOWER(${text}) IN (${join(values)})`;
    }
    case "contains":
      return sql`LOWER(${text}) LIKE ${likeLiteral(String(c.value))} ESCAPE '\\'`;
  }
}

/** Conditions on the end user alias `u` (an "EndUser" row): persona, account, segment. */
function userConditions(d: SqlDialect, p: Population, u: string): Sql[] {
  const out: Sql[] = [];
  if (p.personaId !== undefined) out.push(sql`${raw(u)}."personaId" = ${p.personaId}`);
  if (p.accountId !== undefined) out.push(sql`${raw(u)}."accountId" = ${p.accountId}`);
  for (const c of p.segment.filter((c) => c.scope === "user")) out.push(traitConditionSql(d, `${u}."traits"`, c));
  const accountConditions = p.segment.filter((c) => c.scope === "account");
  if (accountConditions.length > 0) {
    out.push(sql`${raw(u)}."accountId" IN (SELECT pa."id" FROM "Account" pa WHERE pa."workspaceId" = ${p.workspaceId}
      AND ${join(
        accountConditions.map((c) => traitConditionSql(d, 'pa."traits"', c)),
        " AND ",
      )})`);
  }
  return out;
}

/** The ids of the population's end users, as a subquery. */
export function populationUserIds(d: SqlDialect, p: Population): Sql {
  const where = [sql`pu."workspaceId" = ${p.workspaceId}`, ...userConditions(d, p, "pu")];
  return sql`SELECT pu."id" FROM "EndUser" pu WHERE ${join(where, " AND ")}`;
}

/** ` AND <column> IN (population)`, or nothing when the filter restricts no one. `column` names an
 * end user id (e.g. `ud."endUserId"`). */
export function andInPopulation(d: SqlDialect, p: Population, column: string): Sql {
  if (!restrictsUsers(p)) return sql``;
  return sql` AND ${raw(column)} IN (${populationUserIds(d, p)})`;
}

/** ` AND <column> IN (accounts of the population)`, or nothing. An account is in it when it is
 * the filter's account, matches the account conditions, and (persona or user conditions) has a
 * user who passes them. `column` names an account id. */
export function andAccountInPopulation(d: SqlDialect, p: Population, column: string): Sql {
  if (!restrictsUsers(p)) return sql``;
  const userLevel = p.personaId !== undefined || p.segment.some((c) => c.scope === "user");
  const where = [sql`pa."workspaceId" = ${p.workspaceId}`];
  if (p.accountId !== undefined) where.push(sql`pa."id" = ${p.accountId}`);
  for (const c of p.segment.filter((c) => c.scope === "account")) where.push(traitConditionSql(d, 'pa."traits"', c));
  if (userLevel) {
    const users = [sql`pu."workspaceId" = ${p.workspaceId}`, sql`pu."accountId" = pa."id"`];
    if (p.personaId !== undefined) users.push(sql`pu."personaId" = ${p.personaId}`);
    for (const c of p.segment.filter((c) => c.scope === "user")) users.push(traitConditionSql(d, 'pu."traits"', c));
    where.push(sql`EXISTS (SELECT 1 FROM "EndUser" pu WHERE ${join(users, " AND ")})`);
  }
  return sql` AND ${raw(column)} IN (SELECT pa."id" FROM "Account" pa WHERE ${join(where, " AND ")})`;
}
