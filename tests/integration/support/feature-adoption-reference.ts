// The reference implementation the feature adoption parity tests compare the queries with: the
// same metrics computed in TypeScript straight from a fixture's own message list, with the pure
// formulas of server/analytics/metrics/ and nothing from the database.
import { rollingWeeks } from "../../../server/calendar/periods";
import { isoOfDay } from "../../../server/calendar/day-number";
import {
  breadth,
  depth,
  durationCurve,
  frequency,
  timeToAdopt,
} from "../../../server/analytics/metrics/feature-adoption";
import { summary } from "../../../server/analytics/metrics/quantiles";

export type FixtureUser = {
  key: string;
  role: string | null;
  account: string | null;
  /** The day (workspace zone) of the user's identify (and group) call. */
  firstSeenDay: number;
};
export type FixtureEvent = {
  user: string;
  type: "track" | "page";
  name: string;
  properties?: Record<string, string>;
  day: number;
};
export type FixtureFeature = {
  key: string;
  uses: (e: FixtureEvent) => boolean;
  releaseDay: number | null;
};
export type Fixture = { users: FixtureUser[]; events: FixtureEvent[]; features: FixtureFeature[] };

type Unit = "users" | "accounts";

const distinct = <T>(values: T[]) => [...new Set(values)];

/** The expected per-feature stats, as the overview reports them (ids are fixture keys). */
export function expectedStats(
  fx: Fixture,
  unit: Unit,
  period: { fromDay: number; toDay: number },
  inPopulation: (u: FixtureUser) => boolean = () => true,
) {
  const userOf = new Map(fx.users.map((u) => [u.key, u]));
  const unitOf = (userKey: string): string | null => {
    const u = userOf.get(userKey)!;
    return unit === "users" ? u.key : u.account;
  };
  const inPeriod = (day: number) => day >= period.fromDay && day <= period.toDay;
  const counted = fx.events.filter((e) => inPopulation(userOf.get(e.user)!));
  const activeUnitDays = new Map<string, Set<number>>();
  for (const e of counted.filter((e) => inPeriod(e.day))) {
    const key = unitOf(e.user);
    if (key === null) continue;
    const days = activeUnitDays.get(key) ?? new Set<number>();
    days.add(e.day);
    activeUnitDays.set(key, days);
  }
  const active = activeUnitDays.size;
  const weeks = rollingWeeks(period.fromDay, period.toDay);
  const activeInWeek = (w: { fromDay: number; toDay: number }) =>
    [...activeUnitDays.values()].filter((days) => [...days].some((d) => d >= w.fromDay && d <= w.toDay)).length;
  const periodDays = period.toDay - period.fromDay + 1;

  return fx.features.map((f) => {
    const uses = counted.filter((e) => e.type === "track" && f.uses(e));
    const usesInPeriod = uses.filter((e) => inPeriod(e.day) && unitOf(e.user) !== null);
    const byUnit = new Map<string, FixtureEvent[]>();
    for (const e of usesInPeriod) byUnit.set(unitOf(e.user)!, [...(byUnit.get(unitOf(e.user)!) ?? []), e]);
    const adopters = [...byUnit.entries()];
    const depths = adopters.map(([k, es]) => depth(es.length, activeUnitDays.get(k)!.size)!);
    const featureDays = adopters.reduce((s, [, es]) => s + distinct(es.map((e) => e.day)).length, 0);

    // First use ever per unit, and when it was first seen (an account: its first group call).
    const firstUse = new Map<string, number>();
    for (const e of uses) {
      const k = unitOf(e.user);
      if (k !== null) firstUse.set(k, Math.min(firstUse.get(k) ?? Infinity, e.day));
    }
    const firstSeen = (k: string) =>
      unit === "users"
        ? userOf.get(k)!.firstSeenDay
        : Math.min(...fx.users.filter((u) => u.account === k).map((u) => u.firstSeenDay));
    const cohort = [...firstUse.entries()].filter(([, day]) => inPeriod(day));
    const times = cohort.map(([k, day]) => timeToAdopt(day, firstSeen(k), f.releaseDay));
    const duration = durationCurve(
      cohort.map(([k, first]) => ({
        firstDay: first,
        weeksUsed: distinct(
          (byUnit.get(k) ?? []).map((e) => Math.floor((e.day - first) / 7)).filter((w) => w >= 0 && w <= 12),
        ),
      })),
      period.toDay,
    );
    return {
      key: f.key,
      active,
      adopters: adopters.length,
      breadth: breadth(adopters.length, active),
      frequency: frequency(featureDays, adopters.length, periodDays),
      depth: summary(depths),
      timeToAdopt: summary(times),
      duration,
      trend: weeks.map((w) => {
        const a = activeInWeek(w);
        const n = distinct(
          usesInPeriod.filter((e) => e.day >= w.fromDay && e.day <= w.toDay).map((e) => unitOf(e.user)),
        ).length;
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
  });
}

/** Users whose every use of the feature fell on one day, within [fromDay, toDay − 14]. */
export function expectedTriedOnce(fx: Fixture, feature: FixtureFeature, period: { fromDay: number; toDay: number }) {
  const days = new Map<string, Set<number>>();
  for (const e of fx.events.filter((e) => e.type === "track" && feature.uses(e)))
    days.set(e.user, (days.get(e.user) ?? new Set<number>()).add(e.day));
  return [...days.entries()]
    .filter(([, d]) => d.size === 1)
    .map(([user, d]) => ({ user, day: [...d][0]! }))
    .filter((u) => u.day >= period.fromDay && u.day <= period.toDay - 14)
    .sort((a, b) => b.day - a.day || a.user.localeCompare(b.user));
}
