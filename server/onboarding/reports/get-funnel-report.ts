import type { ReportArgs } from "../../sql/report-args";
import { buildFunnel } from "./funnel";
import { selectItemCompletions, selectPrecursorHits, selectSeenUsers, cohortFilterFor } from "./queries";
import { loadReportChecklist } from "./report-checklist";
import type { TFunnelReport, TOnboardingReportInput } from "./schemas";

/** The onboarding funnel of one checklist (definitions: funnel.ts): the checklist with its items,
 * then three statements over its seen users (the users, their item completions, their precursor
 * events), whatever their number. */
export async function getFunnelReport(args: ReportArgs<TOnboardingReportInput>): Promise<TFunnelReport> {
  const { db, dialect, workspace, input } = args;
  const checklist = await loadReportChecklist({ db, workspaceId: workspace.id, checklistId: input.checklistId });
  const filter = cohortFilterFor(workspace, checklist.summary.id, input);
  const precursorEvents = [...new Set(checklist.items.flatMap((i) => (i.precursorEvent ? [i.precursorEvent] : [])))];
  const [users, completions, precursors] = await Promise.all([
    selectSeenUsers(db, dialect, filter),
    selectItemCompletions(db, dialect, filter, checklist.items),
    selectPrecursorHits(db, dialect, filter, precursorEvents),
  ]);
  return buildFunnel({ checklist: checklist.summary, items: checklist.items, users, completions, precursors });
}
