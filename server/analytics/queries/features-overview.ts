// Overview of every feature's adoption in a period (the /adoption page and its engagement
// matrix). A handful of statements whatever the number of features (feature-usage.ts); the
// formulas are the pure functions of metrics/feature-adoption.ts.
import { dayNumber, isoOfDay } from "../../calendar/day-number";
import { rollingWeeks } from "../../calendar/periods";
import { resolvePeriod } from "../../calendar/report-period";
import type { Db } from "../../db";
import type { FeatureMatcher } from "../../features/match-feature";
import type { ReportArgs } from "../../sql/report-args";
import { tenantSql } from "../../sql/tenant-sql";
import type { TFeatureStats, TFeaturesOverview, TFeaturesOverviewInput } from "../features-schemas";
import { breadth, depth, durationCurve, frequency, quadrant, timeToAdopt } from "../metrics/feature-adoption";
import type { DurationPoint } from "../metrics/feature-adoption";
import { median, summary } from "../metrics/quantiles";
import { populationOf } from "../population";
import type { AdoptionFilter } from "../schemas";
import type { Source } from "../sources";
import { DURATION_WEEKS, weeksOf } from "../../features/weeks-used";
import {
  keepsWeeksUsed,
  selectActive,
  selectAdopters,
  selectFirstUses,
  selectWeeklyAdopters,
  selectWeeksUsed,
  type UsageScope,
} from "./feature-usage";

export type FeatureRow = {
  id: string;
  name: string;
  description: string;
  core: boolean;
  releasedAt: Date | null;
  matchers: FeatureMatcher[];
};

const FEATURE_COLUMNS = {
  id: true,
  name: true,
  description: true,
  core: true,
  releasedAt: true,
  matchers: true,
} as const;

export async function loadFeatures(db: Db, workspaceId: string, id?: string): Promise<FeatureRow[]> {
  const rows = await db.feature.findMany({
    where: { workspaceId, ...(id ? { id } : {}) },
    select: FEATURE_COLUMNS,
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ ...r, matchers: r.matchers as FeatureMatcher[] }));
}

/** Everything measured about one feature, with the values behind its medians (the detail page
 * draws their distributions). */
export type FeatureMeasures = {
  stats: Omit<TFeatureStats, "quadrant">;
  depths: number[];
  timesToAdopt: number[];
  duration: DurationPoint[];
};

type Period = { fromDay: number; toDay: number };

function groupByFeature<T extends { featureId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.featureId);
    if (list) list.push(r);
    else out.set(r.featureId, [r]);
  }
  return out;
}

type MeasureArgs = {
  db: Db;
  dialect: UsageScope["d"];
  workspace: { id: string; timeZone: string };
  filter: Pick<AdoptionFilter, "personaId" | "accountId" | "segment" | "unit">;
  period: Period;
  features: FeatureRow[];
  source: Source;
};

export function usageScopeOf(args: MeasureArgs): UsageScope {
  return {
    tsql: tenantSql(args.db, args.workspace.id),
    d: args.dialect,
    workspaceId: args.workspace.id,
    source: args.source,
    features: args.features,
    unit: args.filter.unit,
    population: populationOf(args.workspace.id, args.filter),
    fromDay: args.period.fromDay,
    toDay: args.period.toDay,
  };
}

/** Measures `features` over the period for the filter's population and unit. */
export async function measureFeatures(args: MeasureArgs): Promise<{ active: number; measures: FeatureMeasures[] }> {
  const { workspace, period, features } = args;
  const s = usageScopeOf(args);
  const [active, adopters, weekly, firstUses, weeksUsed] = await Promise.all([
    selectActive(s),
    selectAdopters(s),
    selectWeeklyAdopters(s),
    selectFirstUses(s),
    keepsWeeksUsed(s) ? null : selectWeeksUsed(s, DURATION_WEEKS),
  ]);
  const periodDays = period.toDay - period.fromDay + 1;
  const weeks = rollingWeeks(period.fromDay, period.toDay);

  const adoptersOf = groupByFeature(adopters);
  const cohortOf = groupByFeature(firstUses);
  const measures = features.map((f) => {
    const own = adoptersOf.get(f.id) ?? [];
    const depths = own.map((a) => depth(a.uses, a.activeDays)).filter((v): v is number => v !== null);
    const releaseDay = f.releasedAt ? dayNumber(f.releasedAt, workspace.timeZone) : null;
    const cohort = cohortOf.get(f.id) ?? [];
    const timesToAdopt = cohort.map((c) =>
      timeToAdopt(
        c.firstDay,
        c.firstSeenDay ?? dayNumber(c.firstSeenAt ?? new Date(0), workspace.timeZone),
        releaseDay,
      ),
    );
    const duration = durationCurve(
      cohort.map((c) => ({
        firstDay: c.firstDay,
        weeksUsed: weeksUsed ? (weeksUsed.get(`${f.id}|${c.e}`) ?? new Set<number>()) : weeksOf(c.weeksUsed ?? 0),
      })),
      period.toDay,
      DURATION_WEEKS,
    );
    const featureWeeks = weekly.get(f.id);
    const stats: FeatureMeasures["stats"] = {
      featureId: f.id,
      name: f.name,
      core: f.core,
      releasedOn: releaseDay === null ? null : isoOfDay(releaseDay),
      active: active.total,
      adopters: own.length,
      breadth: breadth(own.length, active.total),
      frequency: frequency(
        own.reduce((sum, a) => sum + a.featureDays, 0),
        own.length,
        periodDays,
      ),
      depth: summary(depths),
      timeToAdopt: summary(timesToAdopt),
      durationWeek4: duration[4]!,
      trend: weeks.map((w) => {
        const a = active.byWeek.get(w.index) ?? 0;
        const n = featureWeeks?.get(w.index) ?? 0;
        return {
          week: w.index,
          from: isoOfDay(w.fromDay),
          to: isoOfDay(w.toDay),
          active: a,
          adopters: n,
          breadth: breadth(n, a),
        };
      }),
    };
    return { stats, depths, timesToAdopt, duration };
  });
  return { active: active.total, measures };
}

/** The engagement matrix's reference lines: medians over the features that have a value. */
export function matrixMedians(stats: readonly Pick<TFeatureStats, "breadth" | "frequency">[]) {
  return {
    breadth: median(stats.map((s) => s.breadth).filter((v): v is number => v !== null)),
    frequency: median(stats.map((s) => s.frequency).filter((v): v is number => v !== null)),
  };
}

export async function getFeaturesOverview(
  args: ReportArgs<TFeaturesOverviewInput> & { source?: Source },
): Promise<TFeaturesOverview> {
  const { workspace, input } = args;
  const period = resolvePeriod(input, workspace.timeZone, args.now ?? new Date());
  const features = await loadFeatures(args.db, workspace.id);
  const { active, measures } = await measureFeatures({
    db: args.db,
    dialect: args.dialect,
    workspace,
    filter: input,
    period,
    features,
    source: args.source ?? "rollups",
  });
  const medians = matrixMedians(measures.map((m) => m.stats));
  return {
    period: { from: period.from, to: period.to, days: period.toDay - period.fromDay + 1 },
    unit: input.unit,
    active,
    medians,
    features: measures.map((m) => ({ ...m.stats, quadrant: quadrant(m.stats.breadth, m.stats.frequency, medians) })),
  };
}
