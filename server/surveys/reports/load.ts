// Loads what a report, the verbatims or the CSV are about: the survey (through the caller's
// workspace: another tenant's id is simply not found), the period and the filtered rows.
import type { Db } from "../../db";
import type { SqlDialect } from "../../sql/dialect";
import { AppError } from "../../errors";
import { matchesFilters } from "./filters";
import { resolvePeriod, type ResolvedPeriod } from "../../calendar/report-period";
import { selectResponses, type ResponseFilter, type ResponseRow } from "./rows";
import type { TSurveyReportFilters, TSurveyReport } from "./schemas";
import type { ReportArgs } from "../../sql/report-args";

export type ReportScope = {
  survey: TSurveyReport["survey"];
  period: ResolvedPeriod;
  filter: ResponseFilter;
};

export async function loadReportScope(args: Omit<ReportArgs<TSurveyReportFilters>, "dialect">): Promise<ReportScope> {
  const { db, workspace, input } = args;
  const survey = await db.survey.findFirst({
    where: { id: input.surveyId, workspaceId: workspace.id },
    select: { id: true, name: true, kind: true, status: true },
  });
  if (!survey) throw new AppError("NOT_FOUND", "Survey not found.");
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  return {
    survey,
    period,
    filter: {
      workspaceId: workspace.id,
      surveyId: survey.id,
      fromAt: period.fromAt,
      toAt: period.toAt,
      personaId: input.personaId ?? null,
    },
  };
}

/** The period's responses (persona filter in SQL), and those that also pass plan and trait. */
export async function loadFilteredResponses(
  db: Db,
  dialect: SqlDialect,
  scope: ReportScope,
  input: TSurveyReportFilters,
) {
  const all: ResponseRow[] = await selectResponses(db, dialect, scope.filter);
  return { all, rows: all.filter((r) => matchesFilters(r, input)) };
}
