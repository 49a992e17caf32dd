// The report's two statements: the responses of the period with who gave them (user, account,
// persona, display), and the displays of the period counted per (user, account). Raw SQL, one
// text for SQLite and PostgreSQL; workspaceId is bound first and confines every table read
// (raw SQL bypasses the scoped client). Plan and trait filters read JSON, so they run in
// filters.ts on the loaded rows rather than in dialect-specific SQL.
import type { Db } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import { join, num, parseJson, sql, toDate, type Sql } from "../../sql/fragments";
import { tenantSql } from "../../sql/tenant-sql";

export type ResponseFilter = {
  workspaceId: string;
  surveyId: string;
  fromAt: Date;
  toAt: Date;
  personaId: string | null;
};

export type ResponseRow = {
  id: string;
  score: number | null;
  comment: string | null;
  locale: string;
  createdAt: Date;
  endUserId: string;
  userExternalId: string | null;
  userTraits: Record<string, unknown>;
  accountId: string | null;
  accountExternalId: string | null;
  accountName: string | null;
  accountTraits: Record<string, unknown> | null;
  personaId: string | null;
  personaName: string | null;
  shownAt: Date | null;
};

const asObject = (value: unknown): Record<string, unknown> => {
  const parsed = parseJson<unknown>(value, {});
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : {};
};

/**
 * Responses to one survey created in [fromAt, toAt), of one persona when set (the persona the
 * user had when answering, SurveyResponse.personaId), oldest first. `after` and `limit` page
 * through them (keyset on createdAt, id) for the CSV.
 */
export async function selectResponses(
  db: Db,
  d: SqlDialect,
  f: ResponseFilter,
  page: { after?: { createdAt: Date; id: string }; limit?: number } = {},
): Promise<ResponseRow[]> {
  const where: Sql[] = [
    sql`r."workspaceId" = ${f.workspaceId}`,
    sql`r."surveyId" = ${f.surveyId}`,
    sql`r."createdAt" >= ${d.dateValue(f.fromAt)}`,
    sql`r."createdAt" < ${d.dateValue(f.toAt)}`,
  ];
  if (f.personaId) where.push(sql`r."personaId" = ${f.personaId}`);
  if (page.after) {
    const at = d.dateValue(page.after.createdAt);
    where.push(sql`(r."createdAt" > ${at} OR (r."createdAt" = ${at} AND r."id" > ${page.after.id}))`);
  }
  const limit = page.limit ? sql`LIMIT ${page.limit}` : sql``;
  const rows = await tenantSql(db, f.workspaceId).query<Record<string, unknown>[]>(sql`
    SELECT r."id" AS "id", r."score" AS "score", r."comment" AS "comment", r."locale" AS "locale", r."createdAt" AS "createdAt",
      r."endUserId" AS "endUserId", u."externalId" AS "userExternalId", u."traits" AS "userTraits",
      r."accountId" AS "accountId", a."externalId" AS "accountExternalId", a."name" AS "accountName", a."traits" AS "accountTraits",
      r."personaId" AS "personaId", p."name" AS "personaName", sd."shownAt" AS "shownAt"
    FROM "SurveyResponse" r
    LEFT JOIN "EndUser" u ON u."workspaceId" = r."workspaceId" AND u."id" = r."endUserId"
    LEFT JOIN "Account" a ON a."workspaceId" = r."workspaceId" AND a."id" = r."accountId"
    LEFT JOIN "Persona" p ON p."workspaceId" = r."workspaceId" AND p."id" = r."personaId"
    LEFT JOIN "SurveyDisplay" sd ON sd."workspaceId" = r."workspaceId" AND sd."id" = r."displayId"
    WHERE ${join(where, " AND ")}
    ORDER BY r."createdAt" ASC, r."id" ASC
    ${limit}`);
  return rows.map((r) => ({
    id: String(r.id),
    score: r.score === null || r.score === undefined ? null : num(r.score),
    comment: r.comment === null || r.comment === undefined ? null : String(r.comment),
    locale: String(r.locale ?? ""),
    createdAt: toDate(r.createdAt),
    endUserId: String(r.endUserId),
    userExternalId: r.userExternalId === null || r.userExternalId === undefined ? null : String(r.userExternalId),
    userTraits: asObject(r.userTraits),
    accountId: r.accountId === null || r.accountId === undefined ? null : String(r.accountId),
    accountExternalId:
      r.accountExternalId === null || r.accountExternalId === undefined ? null : String(r.accountExternalId),
    accountName: r.accountName === null || r.accountName === undefined ? null : String(r.accountName),
    accountTraits:
      r.accountId === null || r.accountId === undefined || r.accountExternalId === null
        ? null
        : asObject(r.accountTraits),
    personaId: r.personaId === null || r.personaId === undefined ? null : String(r.personaId),
    personaName: r.personaName === null || r.personaName === undefined ? null : String(r.personaName),
    shownAt: r.shownAt === null || r.shownAt === undefined ? null : toDate(r.shownAt),
  }));
}

export type DisplayGroup = {
  displays: number;
  /** The user's current persona: displays record none of their own. */
  personaId: string | null;
  userTraits: Record<string, unknown>;
  accountTraits: Record<string, unknown> | null;
};

/** Displays of one survey shown in [fromAt, toAt), counted per (user, account of the display),
 * with the user's current persona and traits and the account's traits for the filters. */
export async function selectDisplayGroups(db: Db, d: SqlDialect, f: ResponseFilter): Promise<DisplayGroup[]> {
  const where: Sql[] = [
    sql`sd."workspaceId" = ${f.workspaceId}`,
    sql`sd."surveyId" = ${f.surveyId}`,
    sql`sd."shownAt" >= ${d.dateValue(f.fromAt)}`,
    sql`sd."shownAt" < ${d.dateValue(f.toAt)}`,
  ];
  const rows = await tenantSql(db, f.workspaceId).query<Record<string, unknown>[]>(sql`
    SELECT g."displays" AS "displays", u."personaId" AS "personaId", u."traits" AS "userTraits", a."id" AS "accountId", a."traits" AS "accountTraits"
    FROM (
      SELECT sd."endUserId" AS "endUserId", sd."accountId" AS "accountId", CAST(COUNT(*) AS INTEGER) AS "displays"
      FROM "SurveyDisplay" sd
      WHERE ${join(where, " AND ")}
      GROUP BY sd."endUserId", sd."accountId"
    ) g
    LEFT JOIN "EndUser" u ON u."workspaceId" = ${f.workspaceId} AND u."id" = g."endUserId"
    LEFT JOIN "Account" a ON a."workspaceId" = ${f.workspaceId} AND a."id" = g."accountId"
    ${f.personaId ? sql`WHERE u."personaId" = ${f.personaId}` : sql``}`);
  return rows.map((r) => ({
    displays: num(r.displays),
    personaId: r.personaId === null || r.personaId === undefined ? null : String(r.personaId),
    userTraits: asObject(r.userTraits),
    accountTraits: r.accountId === null || r.accountId === undefined ? null : asObject(r.accountTraits),
  }));
}
