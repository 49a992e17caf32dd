import { resolvePeriod, type ResolvedPeriod } from "../../calendar/report-period";
import type { ReportArgs } from "../../sql/report-args";
import { populationOf } from "../population";
import type { AdoptionFilter } from "../schemas";
import type { Source } from "../sources";
import { activityBasisOf, type ActivityBasis, type ActivityScope } from "./activity-days";

export type ActivityReportArgs<T> = ReportArgs<T> & { source?: Source };

/** The period, population and activity choice of an activity report's input. */
export async function activityScopeOf<T extends AdoptionFilter & { activeEvent?: string; activeFeatureId?: string }>(
  args: ActivityReportArgs<T>,
): Promise<{ period: ResolvedPeriod; scope: ActivityScope; basis: ActivityBasis }> {
  const { db, dialect, workspace, input } = args;
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  const basis = await activityBasisOf(db, workspace.id, input);
  return {
    period,
    basis,
    scope: {
      source: args.source ?? "rollups",
      dialect,
      population: populationOf(workspace.id, input),
      unit: input.unit,
      basis,
    },
  };
}
