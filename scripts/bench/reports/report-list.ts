// The reports bench:reports times: each runs over rollups (what the dashboard does) and over raw
// events (the same query text on a derived table grouped from Event: server/analytics/sources.ts),
// over the whole 26 weeks, inputs parsed by the procedures' own schemas (their defaults apply).
import type { Db } from "../../../server/db";
import type { SqlDialect } from "../../../server/sql/dialect";
import type { Source } from "../../../server/analytics/sources";
import { isoOfDay } from "../../../server/calendar/day-number";
import { ZFeatureDetailInput, ZFeaturesOverviewInput } from "../../../server/analytics/features-schemas";
import { getFeaturesOverview } from "../../../server/analytics/queries/features-overview";
import { getFeatureDetail } from "../../../server/analytics/queries/feature-detail";
import { BENCH_DAYS } from "./generate";
import type { BenchWorkspace } from "./load";

export type BenchReportArgs = { db: Db; dialect: SqlDialect; workspace: BenchWorkspace; now: Date; source: Source };
export type BenchReport = { name: string; run(args: BenchReportArgs): Promise<unknown> };

export async function benchReports(db: Db, workspace: BenchWorkspace, endDay: number): Promise<BenchReport[]> {
  const period = { from: isoOfDay(endDay - BENCH_DAYS + 1), to: isoOfDay(endDay) };
  const runs = await db.feature.findFirstOrThrow({ where: { workspaceId: workspace.id, name: "Workflow runs" } });
  return [
    {
      name: "features overview",
      run: (a) => getFeaturesOverview({ ...a, input: ZFeaturesOverviewInput.parse(period) }),
    },
    {
      name: "features overview (accounts)",
      run: (a) => getFeaturesOverview({ ...a, input: ZFeaturesOverviewInput.parse({ ...period, unit: "accounts" }) }),
    },
    {
      name: "feature detail",
      run: (a) => getFeatureDetail({ ...a, input: ZFeatureDetailInput.parse({ ...period, featureId: runs.id }) }),
    },
  ];
}
