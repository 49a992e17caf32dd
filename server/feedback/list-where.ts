// The inbox's filters as one SQL condition over `"Feedback" f`, the same text on SQLite and
// PostgreSQL. Raw SQL rather than a Prisma `where` because two filters look through rows that
// Feedback has no relation to (the author's account traits, their latest NPS answer), and
// resolving those to id lists first would bind thousands of parameters on a big workspace.
import type { SqlDialect } from "../sql/dialect";
import { join, raw, sql, type Sql } from "../sql/fragments";
import { searchTerms } from "./search-text";
import { FEEDBACK_SOURCES, FEEDBACK_STATUSES, type NpsCategoryFilter, type TFeedbackFilters } from "./schemas";

/** Enum columns are compared with literals: PostgreSQL has no operator between its enum and a
 * bound text. The values were validated against the enum; this checks it again before inlining. */
function enumList(allowed: readonly string[], values: readonly string[]): Sql {
  for (const v of values) if (!allowed.includes(v)) throw new Error(`Unexpected enum value ${JSON.stringify(v)}`);
  return raw(values.map((v) => `'${v}'`).join(", "));
}

/** LIKE pattern matching `term` anywhere, with LIKE's wildcards in the term taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The NPS score a piece of feedback is classified by: for a verbatim of an NPS survey, the score
 * of that very response; otherwise the author's latest NPS answer (by createdAt, then id), given
 * before or after the feedback. NULL when there is neither.
 */
export const NPS_SCORE_SQL: Sql = sql`COALESCE(
    (SELECT r."score" FROM "SurveyResponse" r JOIN "Survey" s ON s."id" = r."surveyId"
      WHERE r."workspaceId" = f."workspaceId" AND r."id" = f."surveyResponseId" AND s."kind" = 'nps'),
    (SELECT r."score" FROM "SurveyResponse" r JOIN "Survey" s ON s."id" = r."surveyId"
      WHERE r."workspaceId" = f."workspaceId" AND r."endUserId" = f."endUserId" AND s."kind" = 'nps' AND r."score" IS NOT NULL
      ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1))`;

const NPS_RANGES: Record<NpsCategoryFilter, [number, number]> = {
  promoter: [9, 10],
  passive: [7, 8],
  detractor: [0, 6],
};

/** Every filter that is set, joined with AND (always at least the workspace). */
export function feedbackWhere(d: SqlDialect, workspaceId: string, f: TFeedbackFilters): Sql {
  const where: Sql[] = [sql`f."workspaceId" = ${workspaceId}`];
  if (f.status && f.status.length > 0) where.push(sql`f."status" IN (${enumList(FEEDBACK_STATUSES, f.status)})`);
  if (f.source && f.source.length > 0) where.push(sql`f."source" IN (${enumList(FEEDBACK_SOURCES, f.source)})`);
  if (f.tag) {
    where.push(
      sql`EXISTS (SELECT 1 FROM "FeedbackTag" t WHERE t."feedbackId" = f."id" AND t."workspaceId" = f."workspaceId" AND t."name" = ${f.tag})`,
    );
  }
  if (f.personaId) where.push(sql`f."personaId" = ${f.personaId}`);
  if (f.accountId) where.push(sql`f."accountId" = ${f.accountId}`);
  if (f.plan) {
    where.push(sql`EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = f."accountId" AND a."workspaceId" = f."workspaceId"
      AND ${d.jsonText('a."traits"', "plan")} = ${f.plan})`);
  }
  if (f.npsCategory) {
    const [low, high] = NPS_RANGES[f.npsCategory];
    where.push(sql`${NPS_SCORE_SQL} BETWEEN ${low} AND ${high}`);
  }
  if (f.assigneeId === null) where.push(sql`f."assigneeId" IS NULL`);
  else if (f.assigneeId !== undefined) where.push(sql`f."assigneeId" = ${f.assigneeId}`);
  if (f.createdFrom) where.push(sql`f."createdAt" >= ${d.dateValue(f.createdFrom)}`);
  if (f.createdTo) where.push(sql`f."createdAt" < ${d.dateValue(f.createdTo)}`);
  for (const term of searchTerms(f.q ?? "")) where.push(sql`f."searchText" LIKE ${containsPattern(term)} ESCAPE '\\'`);
  return join(where, " AND ");
}

/** Rows after `cursor` in the inbox's order (newest first, then id descending). A cursor that is
 * not a feedback id of the workspace leaves nothing after it. */
export function afterCursor(workspaceId: string, cursor: string): Sql {
  const at = sql`(SELECT c."createdAt" FROM "Feedback" c WHERE c."workspaceId" = ${workspaceId} AND c."id" = ${cursor})`;
  return sql`(f."createdAt" < ${at} OR (f."createdAt" = ${at} AND f."id" < ${cursor}))`;
}
