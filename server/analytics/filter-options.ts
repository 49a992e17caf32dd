import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { num, sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

const MAX_ACCOUNTS = 500;

/** What the Adoption filter bar offers: personas, the plans accounts have, and the accounts with
 * the most users (by name). */
export async function getAdoptionFilterOptions(args: { db: Db; dialect: SqlDialect; workspaceId: string }) {
  const { db, workspaceId } = args;
  const t = tenantSql(db, workspaceId);
  const [personas, plans, accounts] = await Promise.all([
    db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { priority: "asc" } }),
    t.query<{ plan: unknown }[]>(sql`
      SELECT DISTINCT ${args.dialect.jsonText('a."traits"', "plan")} AS "plan" FROM "Account" a
      WHERE a."workspaceId" = ${workspaceId}`),
    t.query<{ id: string; externalId: string; name: string | null; users: unknown }[]>(sql`
      SELECT a."id", a."externalId", a."name", COUNT(u."id") AS "users" FROM "Account" a
      LEFT JOIN "EndUser" u ON u."workspaceId" = a."workspaceId" AND u."accountId" = a."id"
      WHERE a."workspaceId" = ${workspaceId}
      GROUP BY a."id", a."externalId", a."name"
      ORDER BY COUNT(u."id") DESC, a."externalId" LIMIT ${MAX_ACCOUNTS}`),
  ]);
  return {
    personas,
    plans: plans
      .map((p) => (p.plan === null || p.plan === undefined ? "" : String(p.plan)))
      .filter((p) => p !== "")
      .sort((a, b) => a.localeCompare(b)),
    accounts: accounts
      .map((a) => ({ id: a.id, externalId: a.externalId, name: a.name, users: num(a.users) }))
      .sort((a, b) => (a.name ?? a.externalId).localeCompare(b.name ?? b.externalId)),
  };
}
