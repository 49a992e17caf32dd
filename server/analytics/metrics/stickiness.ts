import { rollingWeeks } from "../../calendar/periods";

/** Distinct subjects active on the day (DAU), in the 7 days ending on it (WAU) and in the 30 days
 * ending on it (MAU). */
export type ActiveCounts = { day: number; dau: number; wau: number; mau: number };

export const WEEK_DAYS = 7;
export const MONTH_DAYS = 30;
export const ENGAGED_DAYS = 10;

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** DAU/MAU, DAU/WAU and WAU/MAU of one day: null when the denominator is 0. */
export function stickinessRatios(c: Omit<ActiveCounts, "day">) {
  return { dauMau: ratio(c.dau, c.mau), dauWau: ratio(c.dau, c.wau), wauMau: ratio(c.wau, c.mau) };
}

/** Mean of the values that are not null; null when there are none. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? null : xs.reduce((s, v) => s + v, 0) / xs.length;
}

/** Distinct subjects active within the `width` days ending on `day`, from each subject's active
 * days (the reference for the set-based query). */
export function activeWithin(activeDays: ReadonlyMap<string, readonly number[]>, day: number, width: number): number {
  let n = 0;
  for (const days of activeDays.values()) if (days.some((d) => d <= day && d > day - width)) n++;
  return n;
}

/** Running DAU, WAU and MAU per day from (day, days to the subject's next active day, subjects):
 * an active day `a` followed by the next one after `gap` days keeps its subject in the trailing
 * window of width w on the days [a, a + min(gap, w)); those spans of one subject never overlap,
 * so the spans over a day count the distinct subjects active in its window. */
export function runningActive(
  rows: { day: number; gap: number; n: number }[],
  lo: number,
  fromDay: number,
  toDay: number,
): ActiveCounts[] {
  const delta = new Map<number, { dau: number; wau: number; mau: number }>();
  const add = (day: number, k: "dau" | "wau" | "mau", v: number) => {
    const d = delta.get(day) ?? { dau: 0, wau: 0, mau: 0 };
    d[k] += v;
    delta.set(day, d);
  };
  for (const r of rows) {
    for (const k of ["dau", "wau", "mau"] as const) add(r.day, k, r.n);
    add(r.day + Math.min(r.gap, 1), "dau", -r.n);
    add(r.day + Math.min(r.gap, WEEK_DAYS), "wau", -r.n);
    add(r.day + Math.min(r.gap, MONTH_DAYS), "mau", -r.n);
  }
  const out: ActiveCounts[] = [];
  const run = { dau: 0, wau: 0, mau: 0 };
  for (let day = lo; day <= toDay; day++) {
    const d = delta.get(day);
    if (d) {
      run.dau += d.dau;
      run.wau += d.wau;
      run.mau += d.mau;
    }
    if (day >= fromDay) out.push({ day, ...run });
  }
  return out;
}

/**
 * Daily stickiness over [fromDay, toDay] from the daily counts (a day missing counts 0), the same
 * figures averaged per rolling week of the period, and the period's headline: the mean of each
 * daily ratio over the days where it is defined.
 */
export function stickinessSeries(fromDay: number, toDay: number, counts: readonly ActiveCounts[]) {
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const daily = Array.from({ length: toDay - fromDay + 1 }, (_, i) => {
    const day = fromDay + i;
    const c = byDay.get(day) ?? { day, dau: 0, wau: 0, mau: 0 };
    return { fromDay: day, toDay: day, dau: c.dau, wau: c.wau, mau: c.mau, ...stickinessRatios(c) };
  });
  const weekly = rollingWeeks(fromDay, toDay).map((w) => {
    const days = daily.filter((d) => d.fromDay >= w.fromDay && d.fromDay <= w.toDay);
    const mean = (k: "dau" | "wau" | "mau") => days.reduce((s, d) => s + d[k], 0) / days.length;
    return {
      fromDay: w.fromDay,
      toDay: w.toDay,
      dau: mean("dau"),
      wau: mean("wau"),
      mau: mean("mau"),
      dauMau: meanOf(days.map((d) => d.dauMau)),
      dauWau: meanOf(days.map((d) => d.dauWau)),
      wauMau: meanOf(days.map((d) => d.wauMau)),
    };
  });
  const average = {
    dauMau: meanOf(daily.map((d) => d.dauMau)),
    dauWau: meanOf(daily.map((d) => d.dauWau)),
    wauMau: meanOf(daily.map((d) => d.wauMau)),
  };
  return { daily, weekly, average };
}

/**
 * Active days per subject over a 30-day window as a histogram 1..30 (subjects never active in it
 * are not counted), and how many were active on at least 10 of the days, also as a share.
 */
export function activeDaysHistogram(countsByDays: ReadonlyMap<number, number>) {
  const histogram = Array.from({ length: MONTH_DAYS }, (_, i) => ({
    days: i + 1,
    count: countsByDays.get(i + 1) ?? 0,
  }));
  const total = histogram.reduce((s, h) => s + h.count, 0);
  const tenOrMore = histogram.filter((h) => h.days >= ENGAGED_DAYS).reduce((s, h) => s + h.count, 0);
  return { histogram, total, tenOrMore, tenOrMoreShare: ratio(tenOrMore, total) };
}
