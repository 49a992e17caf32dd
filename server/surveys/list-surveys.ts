import { MAX_REPORT_DAYS, resolvePeriod } from "../calendar/report-period";
import type { Db } from "../db";
import { newestFirstPage, splitPage } from "../paging/newest-first";
import { responseRate } from "./metrics";
import { headlineMetric } from "./reports/headline";
import type { SurveySummaryOut } from "./schemas";
import { readSurveyTargeting, readSurveyTrigger } from "./survey-rows";

const SUMMARY_SELECT = {
  id: true,
  name: true,
  kind: true,
  status: true,
  trigger: true,
  targeting: true,
  samplingPercent: true,
  startsAt: true,
  endsAt: true,
  updatedAt: true,
} as const;

/** The list's headline covers the last 30 calendar days in the workspace's zone, today included:
 * the same period the survey's report shows for those dates. */
export const HEADLINE_DAYS = 30;

/**
 * Newest first, `limit` per page; `nextCursor` is the id the next page starts at. Each survey
 * comes with its displays and responses (all time), the response rate (responses / displays) and
 * its headline metric over the last 30 days (headlineMetric: user NPS, CSAT %, CES mean), calendar
 * days in the workspace's zone as every report counts them.
 */
export async function listSurveys(args: {
  db: Db;
  workspace: { id: string; timeZone: string };
  cursor?: string;
  limit: number;
  now?: Date;
}) {
  const { db } = args;
  const workspaceId = args.workspace.id;
  const headline = resolvePeriod({}, args.workspace.timeZone, args.now ?? new Date(), {
    defaultDays: HEADLINE_DAYS,
    maxDays: MAX_REPORT_DAYS,
  });
  const rows = await db.survey.findMany({ where: { workspaceId }, ...newestFirstPage(args), select: SUMMARY_SELECT });
  const { page, nextCursor } = splitPage(rows, args.limit);
  const ids = page.map((r) => r.id);
  const [personas, displays, responses, recent] = await Promise.all([
    db.persona.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
    db.surveyDisplay.groupBy({
      by: ["surveyId"],
      where: { workspaceId, surveyId: { in: ids } },
      _count: { _all: true },
    }),
    db.surveyResponse.groupBy({
      by: ["surveyId"],
      where: { workspaceId, surveyId: { in: ids } },
      _count: { _all: true },
    }),
    db.surveyResponse.findMany({
      where: { workspaceId, surveyId: { in: ids }, createdAt: { gte: headline.fromAt, lt: headline.toAt } },
      select: { surveyId: true, endUserId: true, score: true, createdAt: true },
    }),
  ]);
  const nameOf = new Map(personas.map((p) => [p.id, p.name]));
  const countOf = (groups: { surveyId: string; _count: { _all: number } }[], id: string) =>
    groups.find((g) => g.surveyId === id)?._count._all ?? 0;

  const items: SurveySummaryOut[] = page.map((r) => {
    const targeting = readSurveyTargeting(r.targeting);
    const named = targeting.personaIds.filter((id) => nameOf.has(id));
    const shown = countOf(displays, r.id);
    const answered = countOf(responses, r.id);
    const last30 = recent
      .filter((x) => x.surveyId === r.id)
      .map((x) => ({ userId: x.endUserId, score: x.score, at: x.createdAt }));
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      status: r.status,
      trigger: readSurveyTrigger(r.trigger),
      samplingPercent: r.samplingPercent,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      updatedAt: r.updatedAt,
      targeting: {
        personas: named.map((id) => ({ id, name: nameOf.get(id)! })),
        missingPersonas: targeting.personaIds.length - named.length,
        conditions: targeting.conditions,
        accountConditions: targeting.accountConditions,
      },
      displays: shown,
      responses: answered,
      responseRate: responseRate(answered, shown),
      last30Days: headlineMetric(r.kind, last30),
    };
  });
  return { items, nextCursor };
}
