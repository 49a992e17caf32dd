import { median } from "./quantiles";

// The North Star's pure parts: week buckets that end on the last complete day, efficiency medians
// and the week-over-week change. The queries (server/north-star/report.ts) count per week in SQL.

export type Week = { index: number; fromDay: number; toDay: number };

/** Whole 7-day weeks ending on `toDay`, as many as fit in [fromDay, toDay] (at least one): the
 * last week is always complete, so the latest figure is never a partial week's dip. */
export function weeksEndingOn(fromDay: number, toDay: number): Week[] {
  const count = Math.max(1, Math.floor((toDay - fromDay + 1) / 7));
  const first = toDay - 7 * count + 1;
  return Array.from({ length: count }, (_, index) => ({
    index,
    fromDay: first + 7 * index,
    toDay: first + 7 * index + 6,
  }));
}

/** The week `day` falls in (weeks from weeksEndingOn), or null outside them. */
export function weekOf(weeks: readonly Week[], day: number): number | null {
  const first = weeks[0];
  if (!first || day < first.fromDay || day > weeks[weeks.length - 1]!.toDay) return null;
  return Math.floor((day - first.fromDay) / 7);
}

export type EfficiencyPair = {
  /** Day of the subject's first "from" event. */
  startDay: number;
  /** ms from the first "from" to the first "to" after it; null when no "to" came (yet). */
  ms: number | null;
};

export type EfficiencyWeek = { started: number; converted: number; medianMs: number | null };

/** Per week of the first "from" event: how many started, how many did "to" after it, and the
 * median time of those who did. */
export function efficiencyByWeek(pairs: readonly EfficiencyPair[], weeks: readonly Week[]): EfficiencyWeek[] {
  const times: number[][] = weeks.map(() => []);
  const started = weeks.map(() => 0);
  for (const p of pairs) {
    const w = weekOf(weeks, p.startDay);
    if (w === null) continue;
    started[w]! += 1;
    if (p.ms !== null) times[w]!.push(p.ms);
  }
  return weeks.map((_, i) => ({ started: started[i]!, converted: times[i]!.length, medianMs: median(times[i]!) }));
}

/** Each account's pair from its users' pairs: it starts with its first user's "from", and
 * converts at the first "to" any of those users did after their own "from" (which is after the
 * account's start). */
export function accountPairs(
  users: readonly { accountId: string | null; startAt: number; endAt: number | null }[],
  dayOf: (at: number) => number,
): EfficiencyPair[] {
  const byAccount = new Map<string, { startAt: number; endAt: number | null }>();
  for (const u of users) {
    if (u.accountId === null) continue;
    const a = byAccount.get(u.accountId);
    if (!a) {
      byAccount.set(u.accountId, { startAt: u.startAt, endAt: u.endAt });
      continue;
    }
    a.startAt = Math.min(a.startAt, u.startAt);
    if (u.endAt !== null) a.endAt = a.endAt === null ? u.endAt : Math.min(a.endAt, u.endAt);
  }
  return [...byAccount.values()].map((a) => ({
    startDay: dayOf(a.startAt),
    ms: a.endAt === null ? null : a.endAt - a.startAt,
  }));
}

/** Relative change from `previous` to `current`; null without a previous value or from 0. */
export function weekOverWeek(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}
