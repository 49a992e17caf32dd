// "Tried once, never came back": the people behind a feature's one-day adopters, as a list to
// follow up with (/adoption/features/[id]).
import { isoOfDay } from "../../calendar/day-number";
import { resolvePeriod } from "../../calendar/report-period";
import { AppError } from "../../errors";
import { num, raw, sql } from "../../sql/fragments";
import type { ReportArgs } from "../../sql/report-args";
import { tenantSql } from "../../sql/tenant-sql";
import type { TTriedOnce, TTriedOnceInput } from "../features-schemas";
import { andInPopulation, populationOf } from "../population";
import { featureUsers, type Source } from "../sources";
import { loadFeatures } from "./features-overview";

/** Days that must have passed since the single use for "never came back" to be fair. */
export const TRIED_ONCE_QUIET_DAYS = 14;

/**
 * Users whose every use of the feature, ever, fell on one day (FeatureUser.firstDay = lastDay),
 * that day within the period and at least 14 days before the period's last day. Most recent first.
 */
export async function getTriedOnce(args: ReportArgs<TTriedOnceInput> & { source?: Source }): Promise<TTriedOnce> {
  const { db, dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  const [feature] = await loadFeatures(db, ws, input.featureId);
  if (!feature) throw new AppError("NOT_FOUND", "Feature not found.");
  const lastDay = period.toDay - TRIED_ONCE_QUIET_DAYS;
  if (lastDay < period.fromDay) return { total: 0, users: [] };
  const population = populationOf(ws, input);
  const rows = await tenantSql(db, ws).query<Record<string, unknown>[]>(sql`
    SELECT u."id" AS "id", u."externalId" AS "externalId", u."firstSeenDay" AS "firstSeenDay", fu."firstDay" AS "day",
      p."name" AS "persona", u."accountId" AS "accountId", a."name" AS "accountName",
      CAST(COUNT(*) OVER () AS INTEGER) AS "total"
    FROM ${featureUsers(args.source ?? "rollups", d, ws, [feature])} fu
      JOIN "EndUser" u ON u."workspaceId" = fu."workspaceId" AND u."id" = fu."endUserId"
      LEFT JOIN "Persona" p ON p."workspaceId" = u."workspaceId" AND p."id" = u."personaId"
      LEFT JOIN "Account" a ON a."workspaceId" = u."workspaceId" AND a."id" = u."accountId"
    WHERE fu."workspaceId" = ${ws} AND fu."featureId" = ${feature.id} AND fu."firstDay" = fu."lastDay"
      AND fu."firstDay" BETWEEN CAST(${period.fromDay} AS INTEGER) AND CAST(${lastDay} AS INTEGER)${andInPopulation(d, population, 'fu."endUserId"')}
    ORDER BY fu."firstDay" DESC, u."externalId" ASC
    LIMIT ${raw(String(input.limit))}`);
  return {
    total: rows.length > 0 ? num(rows[0]!.total) : 0,
    users: rows.map((r) => ({
      id: String(r.id),
      externalId: String(r.externalId),
      firstSeen: isoOfDay(num(r.firstSeenDay)),
      day: isoOfDay(num(r.day)),
      persona: r.persona === null || r.persona === undefined ? null : String(r.persona),
      accountId: r.accountId === null || r.accountId === undefined ? null : String(r.accountId),
      accountName: r.accountName === null || r.accountName === undefined ? null : String(r.accountName),
    })),
  };
}
