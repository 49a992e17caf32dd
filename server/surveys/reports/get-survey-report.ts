import type { ReportArgs } from "../../sql/report-args";
import { buildSurveyReport } from "./build-report";
import { matchesFilters } from "./filters";
import { loadFilteredResponses, loadReportScope } from "./load";
import { selectDisplayGroups } from "./rows";
import type { TSurveyReport, TSurveyReportInput } from "./schemas";

/** The report of one survey (definitions: build-report.ts, definitions.ts): one statement for the
 * period's responses with their users, accounts and personas, one for its displays, then pure
 * functions. */
export async function getSurveyReport(args: ReportArgs<TSurveyReportInput>): Promise<TSurveyReport> {
  const { db, dialect, input } = args;
  const scope = await loadReportScope(args);
  const [{ all, rows }, displayGroups] = await Promise.all([
    loadFilteredResponses(db, dialect, scope, input),
    selectDisplayGroups(db, dialect, scope.filter),
  ]);
  const displays = displayGroups.filter((g) => matchesFilters(g, input)).reduce((sum, g) => sum + g.displays, 0);
  return buildSurveyReport({
    survey: scope.survey,
    period: scope.period,
    rows,
    pickerRows: all,
    displays,
    breakdownKey: input.breakdownKey ?? null,
  });
}
