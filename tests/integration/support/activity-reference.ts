// The activity reports computed the slow way, from a fixture's own messages: per subject, the list
// of its active days, then the pure metric functions (server/analytics/metrics) over those lists.
// adoption-activity.int.test.ts compares the set-based queries with this.
import { isoOfDay } from "../../../server/calendar/day-number";
import { weekStartDay } from "../../../server/calendar/periods";
import type { Db } from "../../../server/db";
import {
  lifecycleIntervals,
  lifecycleOverall,
  lifecycleRow,
  lifecycleState,
  type LifecycleCounts,
  type LifecycleGranularity,
} from "../../../server/analytics/metrics/lifecycle";
import {
  activeWeeks,
  averageCurve,
  cohortLayout,
  cohortRow,
  periodRetention,
  trendPeriods,
} from "../../../server/analytics/metrics/retention";
import { activeDaysHistogram, activeWithin, stickinessSeries } from "../../../server/analytics/metrics/stickiness";
import {
  countPastInterval,
  repeatCurve,
  repeatFacts,
  usageInterval,
} from "../../../server/analytics/metrics/usage-interval";
import { countValues, percentileOfCounts } from "../../../server/analytics/metrics/percentile-of";
import { CURVE_DAYS, MAX_COHORT_WEEKS, TREND_PERIODS } from "../../../server/analytics/activity-schemas";

/** A message of the fixture: the user's externalId, its type, event or page name, local day. */
export type FixtureMessage = { userId: string; type: string; name: string; day: number };
export type Fixture = {
  messages: FixtureMessage[];
  users: { id: string; externalId: string; personaId: string | null; accountId: string | null }[];
};
/** Who is counted and what activity: users or accounts, any call or one event name, one persona. */
export type Scope = { unit: "users" | "accounts"; event?: string; personaId?: string };

const ACTIVITY = new Set(["track", "page", "screen"]);

/** The drill-down's order (most recently lapsed first), ties by id in code-point order. */
export function byLastThenId(a: [string, string, number], b: [string, string, number]): number {
  if (a[1] !== b[1]) return a[1] < b[1] ? 1 : -1;
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

export function reference(fx: Fixture) {
  const byExternal = new Map(fx.users.map((u) => [u.externalId, u]));
  const userOf = (m: FixtureMessage) => byExternal.get(m.userId)!;

  const firstSeenOf = (userId: string) =>
    Math.min(...fx.messages.filter((m) => userOf(m).id === userId).map((m) => m.day));

  const inPopulation = (scope: Scope) => {
    if (scope.unit === "users")
      return (id: string) => !scope.personaId || byIdUser.get(id)?.personaId === scope.personaId;
    return (accountId: string) =>
      !scope.personaId || fx.users.some((u) => u.accountId === accountId && u.personaId === scope.personaId);
  };
  const byIdUser = new Map(fx.users.map((u) => [u.id, u]));

  /** Subject → its sorted distinct active days. */
  function daysOf(scope: Scope, anyCall = false): Map<string, number[]> {
    const keep = inPopulation(scope);
    const sets = new Map<string, Set<number>>();
    for (const m of fx.messages) {
      if (!ACTIVITY.has(m.type) || (!anyCall && scope.event && m.name !== scope.event)) continue;
      const u = userOf(m);
      const subject = scope.unit === "users" ? u.id : u.accountId;
      if (!subject || !keep(subject)) continue;
      if (!sets.has(subject)) sets.set(subject, new Set());
      sets.get(subject)!.add(m.day);
    }
    return new Map([...sets].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
  }

  /** Users: first message of any kind; accounts: first call of any of their users. */
  function firstDays(scope: Scope): Map<string, number> {
    if (scope.unit === "accounts")
      return new Map([...daysOf({ ...scope, event: undefined }, true)].map(([k, days]) => [k, days[0]!]));
    const keep = inPopulation(scope);
    return new Map(fx.users.filter((u) => keep(u.id)).map((u) => [u.id, firstSeenOf(u.id)]));
  }

  const subjectsIn = (days: Map<string, number[]>, lo: number, hi: number) =>
    [...days].filter(([, ds]) => ds.some((d) => d >= lo && d <= hi)).map(([k]) => k);

  return {
    firstSeenOf,
    daysOf,

    retention(scope: Scope, fromDay: number, toDay: number, window: number) {
      const days = daysOf(scope);
      const trend = trendPeriods(fromDay, toDay, TREND_PERIODS).map((p) => ({
        from: isoOfDay(p.fromDay),
        to: isoOfDay(p.toDay),
        ...periodRetention(
          subjectsIn(days, p.fromDay, p.fromDay + window - 1),
          subjectsIn(days, p.toDay - window + 1, p.toDay),
        ),
      }));
      return { current: trend[trend.length - 1], trend };
    },

    async cohorts(scope: Scope, fromDay: number, toDay: number, db: Db, workspaceId: string) {
      const layout = cohortLayout(fromDay, toDay, MAX_COHORT_WEEKS);
      const days = daysOf(scope);
      const firsts = firstDays(scope);
      const members = [...firsts]
        .filter(([, f]) => f >= layout.firstStart && f <= toDay)
        .map(([id, f]) => ({ id, weekStart: weekStartDay(f), personaId: byIdUser.get(id)?.personaId ?? null }));
      const rowsOf = (keep: (m: (typeof members)[number]) => boolean) =>
        layout.starts.map((weekStart) => {
          const cohort = members.filter((m) => m.weekStart === weekStart && keep(m));
          const weeksOf = cohort.map((m) =>
            activeWeeks(
              weekStart,
              (days.get(m.id) ?? []).filter((d) => d <= toDay),
            ),
          );
          const on = new Map<number, number>();
          for (const w of weeksOf) for (const n of w) if (n < layout.weeks) on.set(n, (on.get(n) ?? 0) + 1);
          const lastWeek = countValues(weeksOf.filter((w) => w.size > 0).map((w) => Math.max(...w)));
          const counts = { weekStart, size: cohort.length, on, lastWeek };
          return { weekStart, size: cohort.length, cells: cohortRow(counts, layout.weeks, toDay) };
        });
      const all = rowsOf(() => true);
      const personas =
        scope.unit === "users"
          ? await db.persona.findMany({
              where: { workspaceId },
              select: { id: true, name: true },
              orderBy: { priority: "asc" },
            })
          : [];
      const groups = [
        ...personas.map((p) => ({ personaId: p.id as string | null, name: p.name })),
        ...(scope.unit === "users" ? [{ personaId: null, name: "No persona" }] : []),
      ];
      return {
        weeks: layout.weeks,
        cohorts: all.map((r) => ({ weekStart: isoOfDay(r.weekStart), size: r.size, cells: r.cells })),
        average: averageCurve(all, layout.weeks),
        personas: groups
          .map((g) => ({ ...g, rows: rowsOf((m) => m.personaId === g.personaId) }))
          .filter((g) => g.rows.some((r) => r.size > 0))
          .map((g) => ({ personaId: g.personaId, name: g.name, curve: averageCurve(g.rows, layout.weeks) })),
      };
    },

    lifecycle(scope: Scope, fromDay: number, toDay: number, g: LifecycleGranularity) {
      const { previous, intervals } = lifecycleIntervals(fromDay, toDay, g);
      const days = daysOf(scope);
      const firsts = firstDays(scope);
      const counts: LifecycleCounts[] = intervals.map((iv, i) => {
        const before = i === 0 ? previous : intervals[i - 1]!;
        const c = { new: 0, current: 0, resurrected: 0, dormant: 0 };
        for (const [id, ds] of days) {
          const state = lifecycleState({
            activeNow: ds.some((d) => d >= iv.fromDay && d <= iv.toDay),
            activeBefore: ds.some((d) => d >= before.fromDay && d <= before.toDay),
            firstSeenDay: firsts.get(id) ?? null,
            previousEnd: before.toDay,
            end: iv.toDay,
          });
          if (state) c[state]++;
        }
        return c;
      });
      return {
        intervals: intervals.map((iv, i) => ({
          from: isoOfDay(iv.fromDay),
          to: isoOfDay(iv.toDay),
          ...lifecycleRow(counts[i]!),
        })),
        overall: lifecycleOverall(counts),
      };
    },

    stickiness(scope: Scope, fromDay: number, toDay: number) {
      const days = daysOf(scope);
      const counts = Array.from({ length: toDay - fromDay + 1 }, (_, i) => {
        const day = fromDay + i;
        return {
          day,
          dau: activeWithin(days, day, 1),
          wau: activeWithin(days, day, 7),
          mau: activeWithin(days, day, 30),
        };
      });
      const s = stickinessSeries(fromDay, toDay, counts);
      const point = (p: (typeof s.daily)[number]) => ({
        from: isoOfDay(p.fromDay),
        to: isoOfDay(p.toDay),
        dau: p.dau,
        wau: p.wau,
        mau: p.mau,
        dauMau: p.dauMau,
        dauWau: p.dauWau,
        wauMau: p.wauMau,
      });
      const perSubject = [...days.values()]
        .map((ds) => ds.filter((d) => d > toDay - 30 && d <= toDay).length)
        .filter((n) => n > 0);
      return {
        daily: s.daily.map(point),
        weekly: s.weekly.map(point),
        average: s.average,
        activeDays: {
          from: isoOfDay(toDay - 29),
          to: isoOfDay(toDay),
          ...activeDaysHistogram(countValues(perSubject)),
        },
      };
    },

    criticalEvent(event: string, toDay: number, percentile: number, personaId?: string) {
      const keep = inPopulation({ unit: "users", personaId });
      const perUser = new Map<string, Map<number, number>>();
      for (const m of fx.messages) {
        if (!ACTIVITY.has(m.type) || m.name !== event) continue;
        const id = userOf(m).id;
        if (!keep(id)) continue;
        const days = perUser.get(id) ?? new Map<number, number>();
        days.set(m.day, (days.get(m.day) ?? 0) + 1);
        perUser.set(id, days);
      }
      const facts = [...perUser]
        .map(([id, days]) => ({
          id,
          f: repeatFacts(
            [...days].map(([day, count]) => ({ day, count })),
            toDay,
          ),
        }))
        .filter((x): x is { id: string; f: NonNullable<typeof x.f> } => x.f !== null);
      const gaps = countValues(facts.flatMap((x) => (x.f.gap === null ? [] : [x.f.gap])));
      const sinceLast = countValues(facts.map((x) => toDay - x.f.lastDay));
      const interval = usageInterval(gaps, percentile);
      const doers = facts.length;
      const repeaters = facts.filter((x) => x.f.gap !== null).length;
      const past = countPastInterval(sinceLast, interval);
      return {
        report: {
          event,
          percentile,
          doers,
          repeaters,
          once: doers - repeaters,
          onceShare: doers === 0 ? null : (doers - repeaters) / doers,
          intervalDays: interval,
          medianGap: percentileOfCounts(gaps, 50),
          curve: repeatCurve(gaps, CURVE_DAYS),
          pastInterval: past,
          pastIntervalShare: doers === 0 ? null : past / doers,
        },
        overdue: (days: number) =>
          facts
            .filter((x) => toDay - x.f.lastDay > days)
            .map((x) => [x.id, isoOfDay(x.f.lastDay), x.f.uses] as [string, string, number])
            .sort(byLastThenId),
      };
    },
  };
}
