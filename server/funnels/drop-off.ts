import { csvLine } from "../contract/csv";
import { int } from "../analytics/queries/activity-days";
import { join, num, parseJson, sql } from "../sql/fragments";
import type { ReportArgs } from "../sql/report-args";
import { tenantSql } from "../sql/tenant-sql";
import { funnelPaths, funnelScope } from "./paths";
import { DROP_PAGE, MAX_DROP_EXPORT, type TDropOff, type TDropOffInput } from "./schemas";

const ID_CHUNK = 500;
const TOP_EVENTS = 10;

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * The subjects who completed exactly `reached` steps and went no further (who dropped off after
 * step `reached`), and what they did instead: their calls by event over the period, from the
 * daily rollups. A page of them, or up to MAX_DROP_EXPORT as CSV.
 */
export async function getDropOff(args: ReportArgs<TDropOffInput>): Promise<TDropOff> {
  const { input } = args;
  const ws = args.workspace.id;
  const t = tenantSql(args.db, ws);
  const scope = funnelScope(args);
  const paths = await funnelPaths(args, scope);
  const dropped = [...paths].filter(([, p]) => p.reached === input.reached).map(([id]) => id);
  const listed = dropped.slice(0, input.format === "csv" ? MAX_DROP_EXPORT : DROP_PAGE);

  const users = input.unit === "users";
  const named = new Map<string, { externalId: string; name: string | null }>();
  for (const ids of chunks(listed, ID_CHUNK)) {
    if (users) {
      const rows = await args.db.endUser.findMany({
        where: { workspaceId: ws, id: { in: ids } },
        select: { id: true, externalId: true, traits: true },
      });
      for (const r of rows) {
        const name = parseJson<Record<string, unknown>>(r.traits, {}).name;
        named.set(r.id, { externalId: r.externalId, name: typeof name === "string" ? name : null });
      }
    } else {
      const rows = await args.db.account.findMany({
        where: { workspaceId: ws, id: { in: ids } },
        select: { id: true, externalId: true, name: true },
      });
      for (const r of rows) named.set(r.id, { externalId: r.externalId, name: r.name || null });
    }
  }
  const subjects = listed.map((id) => ({
    id,
    externalId: named.get(id)?.externalId ?? "(erased)",
    name: named.get(id)?.name ?? null,
  }));

  const calls = new Map<string, { users: number; calls: number }>();
  const { fromDay, toDay } = scope.period;
  for (const ids of chunks(dropped.slice(0, MAX_DROP_EXPORT), ID_CHUNK)) {
    const who = users
      ? sql`x."endUserId" IN (${join(ids)})`
      : sql`x."endUserId" IN (SELECT u."id" FROM "EndUser" u WHERE u."workspaceId" = ${ws} AND u."accountId" IN (${join(ids)}))`;
    const rows = await t.query<{ name: string; subjects: unknown; calls: unknown }[]>(sql`
      SELECT x."name" AS "name", COUNT(DISTINCT x."endUserId") AS "subjects", SUM(x."count") AS "calls"
      FROM "UserEventDay" x
      WHERE x."workspaceId" = ${ws} AND x."day" BETWEEN ${int(fromDay)} AND ${int(toDay)} AND ${who}
      GROUP BY x."name"`);
    for (const r of rows) {
      const c = calls.get(r.name) ?? { users: 0, calls: 0 };
      calls.set(r.name, { users: c.users + num(r.subjects), calls: c.calls + num(r.calls) });
    }
  }
  const didInstead = [...calls]
    .map(([event, c]) => ({ event, ...c }))
    .sort((a, b) => b.users - a.users || b.calls - a.calls || a.event.localeCompare(b.event))
    .slice(0, TOP_EVENTS);

  const csv =
    input.format === "csv"
      ? csvLine([users ? "user_id" : "account_id", "name"]) +
        subjects.map((s) => csvLine([s.externalId, s.name])).join("")
      : null;
  return { total: dropped.length, subjects: input.format === "csv" ? [] : subjects, didInstead, csv };
}
