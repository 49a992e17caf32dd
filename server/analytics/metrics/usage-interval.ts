import { percentileOfCounts } from "./percentile-of";

/** One user's days doing the critical event: day number and calls that day. */
export type EventDayCount = { day: number; count: number };

export type RepeatFacts = {
  firstDay: number;
  /** The day of the second occurrence: the first day again when it was done twice that day. */
  secondDay: number | null;
  /** secondDay − firstDay, null when done only once so far. */
  gap: number | null;
  lastDay: number;
  uses: number;
};

/**
 * A user's first and second occurrence of the critical event, up to and including `toDay`.
 * Two calls on the first day repeat it after 0 days. Null when the user never did it by then.
 */
export function repeatFacts(days: readonly EventDayCount[], toDay: number): RepeatFacts | null {
  const upTo = days.filter((d) => d.day <= toDay && d.count > 0).sort((a, b) => a.day - b.day);
  if (upTo.length === 0) return null;
  const first = upTo[0]!;
  const secondDay = first.count >= 2 ? first.day : (upTo[1]?.day ?? null);
  return {
    firstDay: first.day,
    secondDay,
    gap: secondDay === null ? null : secondDay - first.day,
    lastDay: upTo[upTo.length - 1]!.day,
    uses: upTo.reduce((s, d) => s + d.count, 0),
  };
}

/**
 * Cumulative repeat curve: for d = 0..maxDays, how many of the repeaters did it again within d
 * days of their first time, and that as a share of all repeaters (null when nobody repeated).
 */
export function repeatCurve(
  gaps: ReadonlyMap<number, number>,
  maxDays: number,
): { days: number; repeated: number; share: number | null }[] {
  const total = [...gaps.values()].reduce((s, n) => s + n, 0);
  const out: { days: number; repeated: number; share: number | null }[] = [];
  let repeated = 0;
  for (let d = 0; d <= maxDays; d++) {
    repeated += gaps.get(d) ?? 0;
    out.push({ days: d, repeated, share: total === 0 ? null : repeated / total });
  }
  return out;
}

/**
 * Usage interval: the gap (days between a user's first and second occurrence) within which
 * `percentile`% of the users who repeated the critical event repeated it (nearest rank). Null when
 * nobody repeated.
 */
export function usageInterval(gaps: ReadonlyMap<number, number>, percentile: number): number | null {
  return percentileOfCounts(gaps, percentile);
}

/**
 * Users past their interval: did the event, and their last occurrence is more than `interval` days
 * before `toDay`. `sinceLast` counts users by days from their last occurrence to `toDay`.
 */
export function countPastInterval(sinceLast: ReadonlyMap<number, number>, interval: number | null): number {
  if (interval === null) return 0;
  let n = 0;
  for (const [days, count] of sinceLast) if (days > interval) n += count;
  return n;
}
