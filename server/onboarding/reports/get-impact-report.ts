import type { ReportArgs } from "../../sql/report-args";
import { computeImpact } from "./impact";
import { cohortFilterFor, countGoalConversions } from "./queries";
import { loadReportChecklist, resolveGoalEvent } from "./report-checklist";
import type { TImpactReport, TOnboardingReportInput } from "./schemas";

/** Guide impact of one checklist: goal conversion of exposed vs holdout users (definitions:
 * impact.ts). Two statements: the checklist, then one aggregate over its cohort. */
export async function getImpactReport(args: ReportArgs<TOnboardingReportInput>): Promise<TImpactReport> {
  const { db, dialect, workspace, input } = args;
  const checklist = await loadReportChecklist({ db, workspaceId: workspace.id, checklistId: input.checklistId });
  const goal = resolveGoalEvent(checklist.goalEvent, checklist.items);
  const counts = await countGoalConversions(
    db,
    dialect,
    cohortFilterFor(workspace, checklist.summary.id, input),
    goal.goalEvent,
  );
  return computeImpact({
    checklist: checklist.summary,
    ...goal,
    ...counts,
    filtered: Boolean(input.personaId || input.from || input.to),
  });
}
