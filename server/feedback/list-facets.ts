import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";

const MAX_ACCOUNTS = 200;

/** What the inbox's plan and account filters offer: only values some feedback has. */
export async function listFeedbackFacets(args: { db: Db; dialect: SqlDialect; workspaceId: string }) {
  const { db, workspaceId } = args;
  const [plans, groups] = await Promise.all([
    tenantSql(db, workspaceId).query<{ plan: unknown }[]>(sql`
      SELECT DISTINCT ${args.dialect.jsonText('a."traits"', "plan")} AS "plan" FROM "Account" a
      WHERE a."workspaceId" = ${workspaceId}
        AND EXISTS (SELECT 1 FROM "Feedback" f WHERE f."workspaceId" = a."workspaceId" AND f."accountId" = a."id")`),
    db.feedback.groupBy({
      by: ["accountId"],
      where: { workspaceId, accountId: { not: null } },
      _count: { accountId: true },
      orderBy: { _count: { accountId: "desc" } },
      take: MAX_ACCOUNTS,
    }),
  ]);
  const accountIds = groups.flatMap((g) => (g.accountId ? [g.accountId] : []));
  const accounts = await db.account.findMany({
    where: { workspaceId, id: { in: accountIds } },
    select: { id: true, externalId: true, name: true },
  });
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  return {
    plans: plans
      .map((p) => (p.plan === null || p.plan === undefined ? "" : String(p.plan)))
      .filter((p) => p !== "")
      .sort((a, b) => a.localeCompare(b)),
    accounts: groups.flatMap((g) => {
      const a = g.accountId ? accountById.get(g.accountId) : undefined;
      return a ? [{ ...a, count: g._count.accountId }] : [];
    }),
  };
}
