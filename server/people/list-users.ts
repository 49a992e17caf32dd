import { andInPopulation, populationOf } from "../analytics/population";
import { featureUsers, userDays } from "../analytics/sources";
import type { SqlDialect } from "../sql/dialect";
import { join, num, raw, sql, toDate, type Sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { activeWindow, featureRulesFor, type PeopleArgs } from "./context";
import { likePattern, pageBounds, textOrNull } from "./format";
import type { TUsersInput, TUsersPage } from "./schemas";

// The Users list: one set-based statement over EndUser with its aggregates joined in (active days
// from UserDay, features from FeatureUser, the latest NPS answer), so sorting by any column and
// paging stay in SQL and one page costs the same at 10 users or 10,000.

type Row = {
  id: string;
  externalId: string;
  name: unknown;
  email: unknown;
  personaId: string | null;
  personaName: string | null;
  accountId: string | null;
  accountExternalId: string | null;
  accountName: string | null;
  plan: unknown;
  firstSeenAt: unknown;
  lastSeenAt: unknown;
  activeDays: unknown;
  features: unknown;
  npsScore: unknown;
};

/** Conditions on EndUser `u`: the workspace, the filter's population and the search (userId, the
 * name and email traits, case-insensitive substring). */
export function userWhere(d: SqlDialect, workspaceId: string, input: TUsersInput): Sql {
  const where = [sql`u."workspaceId" = ${workspaceId}`];
  const search = input.search?.trim();
  if (search) {
    const p = likePattern(search);
    where.push(sql`(LOWER(u."externalId") LIKE ${p} ESCAPE '\\' OR LOWER(${d.jsonText('u."traits"', "name")}) LIKE ${p} ESCAPE '\\'
      OR LOWER(${d.jsonText('u."traits"', "email")}) LIKE ${p} ESCAPE '\\')`);
  }
  return sql`${join(where, " AND ")}${andInPopulation(d, populationOf(workspaceId, input), 'u."id"')}`;
}

/** The ORDER BY of a sort: nulls last whatever the direction (the two databases disagree by
 * default), then the id so equal keys page in one order. */
function orderBy(input: TUsersInput): Sql {
  const dir = raw(input.dir === "desc" ? "DESC" : "ASC");
  const column: Record<TUsersInput["sort"], string> = {
    name: "sortName",
    firstSeen: "firstSeenAt",
    lastSeen: "lastSeenAt",
    activeDays: "activeDays",
    features: "features",
    nps: "npsScore",
  };
  const k = raw(`q."${column[input.sort]}"`);
  return sql`CASE WHEN ${k} IS NULL THEN 1 ELSE 0 END, ${k} ${dir}, q."id" ASC`;
}

/** The user `u`'s latest answer to an NPS survey (greatest createdAt, then id), one indexed read
 * per user: a window function over all responses, joined, was quadratic on SQLite. */
export function latestNpsScore(workspaceId: string): Sql {
  return sql`(SELECT r."score" FROM "SurveyResponse" r JOIN "Survey" s ON s."id" = r."surveyId" AND s."workspaceId" = ${workspaceId}
    WHERE r."workspaceId" = ${workspaceId} AND r."endUserId" = u."id" AND s."kind" = 'nps' AND r."score" IS NOT NULL
    ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1)`;
}

export async function listUsers(args: PeopleArgs<TUsersInput>): Promise<TUsersPage> {
  const { db, dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const source = args.source ?? "rollups";
  const { today, fromDay } = activeWindow(args.now ?? new Date(), workspace.timeZone);
  const features = await featureRulesFor(db, ws, source);
  const { limit, offset } = pageBounds(input.page, input.pageSize);
  const where = userWhere(d, ws, input);
  const t = tenantSql(db, ws);
  const [rows, count] = await Promise.all([
    // The sort keys are columns of the inner select, so each is computed once per user.
    t.query<Row[]>(sql`
      SELECT q.* FROM (SELECT u."id", u."externalId", ${d.jsonText('u."traits"', "name")} AS "name", ${d.jsonText('u."traits"', "email")} AS "email",
        LOWER(COALESCE(${d.jsonText('u."traits"', "name")}, u."externalId")) AS "sortName",
        u."personaId", p."name" AS "personaName", u."accountId", a."externalId" AS "accountExternalId", a."name" AS "accountName",
        ${d.jsonText('a."traits"', "plan")} AS "plan", u."firstSeenAt", u."lastSeenAt",
        CAST(COALESCE(ad."days", 0) AS INTEGER) AS "activeDays", CAST(COALESCE(fu."n", 0) AS INTEGER) AS "features",
        ${latestNpsScore(ws)} AS "npsScore"
      FROM "EndUser" u
      LEFT JOIN "Persona" p ON p."id" = u."personaId" AND p."workspaceId" = ${ws}
      LEFT JOIN "Account" a ON a."id" = u."accountId" AND a."workspaceId" = ${ws}
      LEFT JOIN (SELECT ud."endUserId", COUNT(*) AS "days" FROM ${userDays(source, ws)} ud
        WHERE ud."workspaceId" = ${ws} AND ud."day" BETWEEN ${fromDay} AND ${today} GROUP BY ud."endUserId") ad
        ON ad."endUserId" = u."id"
      LEFT JOIN (SELECT x."endUserId", COUNT(*) AS "n" FROM ${featureUsers(source, d, ws, features)} x
        JOIN "Feature" f ON f."id" = x."featureId" AND f."workspaceId" = ${ws}
        WHERE x."workspaceId" = ${ws} GROUP BY x."endUserId") fu ON fu."endUserId" = u."id"
      WHERE ${where}) q
      ORDER BY ${orderBy(input)}
      LIMIT ${limit} OFFSET ${offset}`),
    t.query<{ n: unknown }[]>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "EndUser" u WHERE ${where}`),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      externalId: r.externalId,
      name: textOrNull(r.name),
      email: textOrNull(r.email),
      persona: r.personaId && r.personaName !== null ? { id: r.personaId, name: r.personaName } : null,
      account:
        r.accountId && r.accountExternalId !== null
          ? { id: r.accountId, externalId: r.accountExternalId, name: r.accountName }
          : null,
      plan: textOrNull(r.plan),
      firstSeenAt: toDate(r.firstSeenAt),
      lastSeenAt: toDate(r.lastSeenAt),
      activeDays: num(r.activeDays),
      features: num(r.features),
      npsScore: r.npsScore === null || r.npsScore === undefined ? null : num(r.npsScore),
    })),
    total: num(count[0]?.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
