import { andAccountInPopulation, populationOf } from "../analytics/population";
import { featureAccounts, userDays } from "../analytics/sources";
import type { SqlDialect } from "../sql/dialect";
import { join, num, raw, sql, toDate, type Sql } from "../sql/fragments";
import { tenantSql } from "../sql/tenant-sql";
import { healthOf } from "../engagement/account-health";
import { healthSql } from "../engagement/account-health-sql";
import { npsByAccount } from "./account-nps";
import { activeWindow, featureRulesFor, type PeopleArgs } from "./context";
import { likePattern, numberOrNull, pageBounds, textOrNull } from "./format";
import type { TAccountsInput, TAccountsPage } from "./schemas";

// The Accounts list: one set-based statement over Account with its aggregates joined in, sorted
// and paged in SQL. The NPS sort key is the account NPS (DESIGN.md) written in SQL over each
// user's latest answer under the account; the NPS shown comes from server/surveys/nps.ts.

type Row = {
  id: string;
  externalId: string;
  name: string | null;
  plan: unknown;
  mrr: unknown;
  firstSeenAt: unknown;
  lastSeenAt: unknown;
  users: unknown;
  activeUsers: unknown;
  features: unknown;
  keyFeatures: unknown;
  openFeedback: unknown;
  score: unknown;
  previous: unknown;
};

/** The account columns healthOf reads, as the query names them. */
const HEALTH_COLUMNS = {
  users: 'COALESCE(uc."n", 0)',
  activeUsers: 'COALESCE(au."n", 0)',
  score: 'es."score"',
  previous: 'ep."score"',
};

function accountWhere(d: SqlDialect, workspaceId: string, input: TAccountsInput): Sql {
  const where = [sql`a."workspaceId" = ${workspaceId}`];
  const search = input.search?.trim();
  if (search) {
    const p = likePattern(search);
    where.push(sql`(LOWER(a."externalId") LIKE ${p} ESCAPE '\\' OR LOWER(a."name") LIKE ${p} ESCAPE '\\')`);
  }
  return sql`${join(where, " AND ")}${andAccountInPopulation(d, populationOf(workspaceId, input), 'a."id"')}`;
}

/** Per account: promoters, detractors and users counted over each user's latest NPS answer given
 * under it (no later answer by the same user under the same account), as `np`. NOT EXISTS reads
 * the (workspaceId, endUserId, createdAt) index; a window function here was quadratic on SQLite. */
function npsCounts(workspaceId: string): Sql {
  const isNps = (r: string, s: string) =>
    raw(`JOIN "Survey" ${s} ON ${s}."id" = ${r}."surveyId" AND ${s}."kind" = 'nps'`);
  return sql`(SELECT r."accountId", SUM(CASE WHEN r."score" >= 9 THEN 1 ELSE 0 END) AS "p",
      SUM(CASE WHEN r."score" <= 6 THEN 1 ELSE 0 END) AS "d", COUNT(*) AS "n"
    FROM "SurveyResponse" r ${isNps("r", "s")} AND s."workspaceId" = ${workspaceId}
    WHERE r."workspaceId" = ${workspaceId} AND r."score" IS NOT NULL AND r."accountId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "SurveyResponse" r2 ${isNps("r2", "s2")} AND s2."workspaceId" = ${workspaceId}
        WHERE r2."workspaceId" = ${workspaceId} AND r2."endUserId" = r."endUserId" AND r2."accountId" = r."accountId"
          AND r2."score" IS NOT NULL AND (r2."createdAt" > r."createdAt" OR (r2."createdAt" = r."createdAt" AND r2."id" > r."id")))
    GROUP BY r."accountId")`;
}

function orderBy(input: TAccountsInput): Sql {
  const dir = raw(input.dir === "desc" ? "DESC" : "ASC");
  const key: Record<TAccountsInput["sort"], Sql> = {
    name: sql`LOWER(COALESCE(a."name", a."externalId"))`,
    users: sql`COALESCE(uc."n", 0)`,
    activeUsers: sql`COALESCE(au."n", 0)`,
    firstSeen: sql`a."firstSeenAt"`,
    lastSeen: sql`a."lastSeenAt"`,
    features: sql`COALESCE(fa."n", 0)`,
    nps: sql`(100.0 * (np."p" - np."d")) / np."n"`,
    engagement: sql`es."score"`,
  };
  const k = key[input.sort];
  return sql`CASE WHEN ${k} IS NULL THEN 1 ELSE 0 END, ${k} ${dir}, a."id" ASC`;
}

export async function listAccounts(args: PeopleArgs<TAccountsInput>): Promise<TAccountsPage> {
  const { db, dialect: d, workspace, input } = args;
  const ws = workspace.id;
  const source = args.source ?? "rollups";
  const { today, fromDay } = activeWindow(args.now ?? new Date(), workspace.timeZone);
  const features = await featureRulesFor(db, ws, source);
  const { limit, offset } = pageBounds(input.page, input.pageSize);
  const [latest, settings] = await Promise.all([
    db.engagementDay.findFirst({ where: { workspaceId: ws }, orderBy: { day: "desc" }, select: { day: true } }),
    db.engagementSettings.findUnique({ where: { workspaceId: ws }, select: { windowDays: true } }),
  ]);
  // No snapshot yet: day -1 matches no row, and every score is null.
  const scoreDay = latest?.day ?? -1;
  const previousDay = scoreDay - (settings?.windowDays ?? 7);
  const health = healthSql(HEALTH_COLUMNS);
  const where = sql`${accountWhere(d, ws, input)}${input.health ? sql` AND ${health} = ${input.health}` : sql``}`;
  const t = tenantSql(db, ws);
  // The joins the health filter and the rows both need.
  const joins = sql`
      LEFT JOIN (SELECT u."accountId", COUNT(*) AS "n" FROM "EndUser" u
        WHERE u."workspaceId" = ${ws} AND u."accountId" IS NOT NULL GROUP BY u."accountId") uc ON uc."accountId" = a."id"
      LEFT JOIN (SELECT ud."accountId", COUNT(DISTINCT ud."endUserId") AS "n" FROM ${userDays(source, ws)} ud
        WHERE ud."workspaceId" = ${ws} AND ud."accountId" IS NOT NULL AND ud."day" BETWEEN ${fromDay} AND ${today}
        GROUP BY ud."accountId") au ON au."accountId" = a."id"
      LEFT JOIN "EngagementAccountDay" es ON es."workspaceId" = ${ws} AND es."day" = ${scoreDay} AND es."accountId" = a."id"
      LEFT JOIN "EngagementAccountDay" ep ON ep."workspaceId" = ${ws} AND ep."day" = ${previousDay} AND ep."accountId" = a."id"`;
  const [rows, count] = await Promise.all([
    t.query<Row[]>(sql`
      SELECT a."id", a."externalId", a."name", ${d.jsonText('a."traits"', "plan")} AS "plan",
        ${d.jsonText('a."traits"', "mrr")} AS "mrr", a."firstSeenAt", a."lastSeenAt",
        CAST(COALESCE(uc."n", 0) AS INTEGER) AS "users", CAST(COALESCE(au."n", 0) AS INTEGER) AS "activeUsers",
        CAST(COALESCE(fa."n", 0) AS INTEGER) AS "features", CAST(COALESCE(fa."k", 0) AS INTEGER) AS "keyFeatures",
        CAST(COALESCE(fb."n", 0) AS INTEGER) AS "openFeedback", es."score" AS "score", ep."score" AS "previous"
      FROM "Account" a
      ${joins}
      LEFT JOIN (SELECT x."accountId", COUNT(*) AS "n", SUM(CASE WHEN f."core" THEN 1 ELSE 0 END) AS "k"
        FROM ${featureAccounts(source, d, ws, features)} x
        JOIN "Feature" f ON f."id" = x."featureId" AND f."workspaceId" = ${ws}
        WHERE x."workspaceId" = ${ws} GROUP BY x."accountId") fa ON fa."accountId" = a."id"
      LEFT JOIN (SELECT fb."accountId", COUNT(*) AS "n" FROM "Feedback" fb
        WHERE fb."workspaceId" = ${ws} AND fb."accountId" IS NOT NULL AND fb."status" IN ('new', 'triaged')
        GROUP BY fb."accountId") fb ON fb."accountId" = a."id"
      LEFT JOIN ${npsCounts(ws)} np ON np."accountId" = a."id"
      WHERE ${where}
      ORDER BY ${orderBy(input)}
      LIMIT ${limit} OFFSET ${offset}`),
    t.query<{ n: unknown }[]>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Account" a ${joins} WHERE ${where}`),
  ]);
  const [nps, coreFeatures] = await Promise.all([
    npsByAccount(
      db,
      ws,
      rows.map((r) => r.id),
    ),
    db.feature.count({ where: { workspaceId: ws, core: true } }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      externalId: r.externalId,
      name: r.name,
      plan: textOrNull(r.plan),
      mrr: numberOrNull(r.mrr),
      users: num(r.users),
      activeUsers: num(r.activeUsers),
      firstSeenAt: toDate(r.firstSeenAt),
      lastSeenAt: toDate(r.lastSeenAt),
      features: num(r.features),
      keyFeatures: num(r.keyFeatures),
      coreFeatures,
      openFeedback: num(r.openFeedback),
      nps: nps.get(r.id)?.nps ?? null,
      npsResponses: nps.get(r.id)?.n ?? 0,
      engagement: r.score === null ? null : Number(r.score),
      engagementBefore: r.previous === null ? null : Number(r.previous),
      health: healthOf({
        users: num(r.users),
        activeUsers: num(r.activeUsers),
        score: r.score === null ? null : Number(r.score),
        previous: r.previous === null ? null : Number(r.previous),
      }),
    })),
    total: num(count[0]?.n),
    page: input.page,
    pageSize: input.pageSize,
  };
}
