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
import {
  ZCohortsInput,
  ZCriticalEventInput,
  ZLifecycleInput,
  ZRetentionInput,
  ZStickinessInput,
} from "../../../server/analytics/activity-schemas";
import { getRetentionReport } from "../../../server/analytics/queries/retention-period";
import { getCohortsReport } from "../../../server/analytics/queries/retention-cohorts";
import { getLifecycleReport } from "../../../server/analytics/queries/lifecycle";
import { getStickinessReport } from "../../../server/analytics/queries/stickiness";
import { getCriticalEventReport } from "../../../server/analytics/queries/critical-event";
import { ZAccountsInput, ZUsersInput } from "../../../server/people/schemas";
import { listUsers } from "../../../server/people/list-users";
import { listAccounts } from "../../../server/people/list-accounts";
import { getEngagementReport } from "../../../server/engagement/report";
import { getPes } from "../../../server/engagement/pes";
import { loadSnapshotSettings, saveEngagementSettings } from "../../../server/engagement/settings";
import { takeSnapshot, type SnapshotSettings } from "../../../server/engagement/snapshot";
import { getFunnelReport } from "../../../server/funnels/report";
import { ZFunnelReportInput } from "../../../server/funnels/schemas";
import { northStarEfficiencyFor, northStarReportFor } from "../../../server/north-star/report";
import { ZNorthStarInput, type TNorthStarConfig } from "../../../server/north-star/schemas";
import { getHomeSummary } from "../../../server/home/summary";
import { BENCH_DAYS } from "./generate";
import type { BenchWorkspace } from "./load";

export type BenchReportArgs = { db: Db; dialect: SqlDialect; workspace: BenchWorkspace; now: Date; source: Source };
/** `rollupsOnly`: reads snapshots or writes them, so there is no raw form to compare with. */
/** `targetMs`: the p50 to stay under (default 150 ms; reports that must read raw events, such as
 * funnels, 500 ms). */
export type BenchReport = {
  name: string;
  rollupsOnly?: boolean;
  targetMs?: number;
  run(args: BenchReportArgs): Promise<unknown>;
};

/** The bench workspace's engagement weights (made once), and the snapshots the report reads: the
 * last day and the one a window before it (the trends). */
async function engagementReady(db: Db, workspace: BenchWorkspace, endDay: number): Promise<SnapshotSettings> {
  if (!(await db.engagementSettings.findUnique({ where: { workspaceId: workspace.id } })))
    await saveEngagementSettings({
      db,
      workspaceId: workspace.id,
      input: {
        scale: 100,
        windowDays: 7,
        lowPercentile: 5,
        highPercentile: 95,
        weights: [
          { event: "colleague_invited", weight: 10 },
          { event: "connection_created", weight: 5 },
          { event: "workflow_saved", weight: 3 },
          { event: "workflow_run", weight: 1 },
        ],
      },
    });
  const settings = (await loadSnapshotSettings(db, workspace.id))!;
  for (const day of [endDay - 7, endDay])
    if (!(await db.engagementDay.findUnique({ where: { workspaceId_day: { workspaceId: workspace.id, day } } })))
      await takeSnapshot(db, workspace.id, day, settings);
  return settings;
}

const FUNNEL_4_STEPS = ZFunnelReportInput.parse({
  steps: [
    { event: "workflow_started" },
    { event: "workflow_saved" },
    { event: "workflow_run" },
    { event: "docs_opened" },
  ],
  windowHours: 24,
  breakdown: { kind: "persona" },
});

const NORTH_STAR: TNorthStarConfig = {
  name: "Accounts running workflows weekly",
  metric: { kind: "doers", event: "workflow_run", minPerWeek: 3, unit: "accounts" },
  target: 500,
  coreEvent: "workflow_run",
  threshold: 3,
  efficiency: { from: "connection_created", to: "workflow_run" },
};

export async function benchReports(db: Db, workspace: BenchWorkspace, endDay: number): Promise<BenchReport[]> {
  const period = { from: isoOfDay(endDay - BENCH_DAYS + 1), to: isoOfDay(endDay) };
  const runs = await db.feature.findFirstOrThrow({ where: { workspaceId: workspace.id, name: "Workflow runs" } });
  const engagement = await engagementReady(db, workspace, endDay);
  return [
    {
      name: "features overview",
      run: (a) => getFeaturesOverview({ ...a, input: ZFeaturesOverviewInput.parse(period) }),
    },
    {
      name: "features overview (12 weeks, the default)",
      run: (a) => getFeaturesOverview({ ...a, input: ZFeaturesOverviewInput.parse({}) }),
    },
    {
      name: "features overview (accounts)",
      run: (a) => getFeaturesOverview({ ...a, input: ZFeaturesOverviewInput.parse({ ...period, unit: "accounts" }) }),
    },
    {
      name: "feature detail",
      run: (a) => getFeatureDetail({ ...a, input: ZFeatureDetailInput.parse({ ...period, featureId: runs.id }) }),
    },
    { name: "retention (period)", run: (a) => getRetentionReport({ ...a, input: ZRetentionInput.parse(period) }) },
    { name: "retention cohorts", run: (a) => getCohortsReport({ ...a, input: ZCohortsInput.parse(period) }) },
    { name: "lifecycle (weeks)", run: (a) => getLifecycleReport({ ...a, input: ZLifecycleInput.parse(period) }) },
    {
      name: "lifecycle (accounts, days)",
      run: (a) =>
        getLifecycleReport({ ...a, input: ZLifecycleInput.parse({ ...period, unit: "accounts", granularity: "day" }) }),
    },
    { name: "stickiness", run: (a) => getStickinessReport({ ...a, input: ZStickinessInput.parse(period) }) },
    {
      name: "usage interval (workflow_run)",
      run: (a) =>
        getCriticalEventReport({ ...a, input: ZCriticalEventInput.parse({ ...period, event: "workflow_run" }) }),
    },
    { name: "users list (page 1)", run: (a) => listUsers({ ...a, input: ZUsersInput.parse({}) }) },
    {
      name: "users list (by active days)",
      run: (a) => listUsers({ ...a, input: ZUsersInput.parse({ sort: "activeDays", dir: "desc" }) }),
    },
    { name: "accounts list (page 1)", run: (a) => listAccounts({ ...a, input: ZAccountsInput.parse({}) }) },
    {
      name: "accounts list (by engagement score)",
      run: (a) => listAccounts({ ...a, input: ZAccountsInput.parse({ sort: "engagement", dir: "desc" }) }),
    },
    {
      // Funnels read raw events (the window is in hours): no rollup form to compare with.
      name: "funnel (4 steps, 24 h window, by persona)",
      rollupsOnly: true,
      targetMs: 500,
      run: (a) => getFunnelReport({ ...a, input: FUNNEL_4_STEPS }),
    },
    {
      name: "funnel (4 steps, 24 h window, accounts by plan)",
      rollupsOnly: true,
      targetMs: 500,
      run: (a) =>
        getFunnelReport({ ...a, input: { ...FUNNEL_4_STEPS, unit: "accounts", breakdown: { kind: "plan" } } }),
    },
    {
      name: "North Star with its inputs (users)",
      rollupsOnly: true,
      run: (a) => northStarReportFor({ ...a, input: ZNorthStarInput.parse({}) }, NORTH_STAR, null),
    },
    {
      name: "North Star with its inputs (accounts)",
      rollupsOnly: true,
      run: (a) => northStarReportFor({ ...a, input: ZNorthStarInput.parse({ unit: "accounts" }) }, NORTH_STAR, null),
    },
    {
      // Reads event times (the first `from` and the first `to` after it): raw events.
      name: "North Star efficiency (users, raw events)",
      rollupsOnly: true,
      targetMs: 500,
      run: (a) => northStarEfficiencyFor({ ...a, input: ZNorthStarInput.parse({}) }, NORTH_STAR),
    },
    {
      name: "North Star efficiency (accounts, raw events)",
      rollupsOnly: true,
      targetMs: 500,
      run: (a) => northStarEfficiencyFor({ ...a, input: ZNorthStarInput.parse({ unit: "accounts" }) }, NORTH_STAR),
    },
    {
      name: "home summary",
      rollupsOnly: true,
      run: (a) => getHomeSummary({ ...a, input: {} }),
    },
    {
      name: "engagement snapshot (a day, every user)",
      rollupsOnly: true,
      run: (a) => takeSnapshot(a.db, a.workspace.id, endDay, engagement),
    },
    {
      name: "engagement report (from snapshots)",
      rollupsOnly: true,
      run: (a) => getEngagementReport({ db: a.db, workspace: a.workspace }),
    },
    {
      name: "product engagement score (PES, from rollups)",
      rollupsOnly: true,
      run: (a) => getPes({ db: a.db, dialect: a.dialect, workspace: a.workspace, now: a.now }),
    },
  ];
}
