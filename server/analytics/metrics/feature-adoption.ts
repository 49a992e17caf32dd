// Feature adoption formulas (DESIGN.md, "Metrics"): pure functions over what the report queries
// return, so they are tested on hand-computed data. Days are integer day numbers in the
// workspace's time zone; a "unit" is a user, or an account when the report counts accounts.

/** Breadth = adopters in the period ÷ active units in the period; null when nobody was active. */
export function breadth(adopters: number, active: number): number | null {
  return active > 0 ? adopters / active : null;
}

/** Depth of one adopter = its uses of the feature in the period ÷ its active days in the period
 * (days with any activity). Null when it had no active day (cannot happen for a unit that used
 * the feature, since a use is activity; kept apart rather than divided by zero). */
export function depth(uses: number, activeDays: number): number | null {
  return activeDays > 0 ? uses / activeDays : null;
}

/**
 * Time to adopt of one unit, in days: its first use of the feature minus the later of when it was
 * first seen and the feature's release day (no release day: first seen alone). Never negative: a
 * unit that used the feature before its recorded release (early access, a release date set late)
 * adopted it at once.
 */
export function timeToAdopt(firstUseDay: number, firstSeenDay: number, releaseDay: number | null): number {
  const start = releaseDay === null ? firstSeenDay : Math.max(firstSeenDay, releaseDay);
  return Math.max(0, firstUseDay - start);
}

/**
 * Frequency (Amplitude's engagement matrix): the average number of days per week the feature was
 * used by those who used it in the period = adopters' feature-days ÷ adopters ÷ (period days ÷ 7).
 * Null when nobody used it.
 */
export function frequency(featureDays: number, adopters: number, periodDays: number): number | null {
  if (adopters === 0 || periodDays <= 0) return null;
  return featureDays / adopters / (periodDays / 7);
}

export type DurationPoint = {
  /** Weeks after first use: week k = days [first + 7k, first + 7k + 6]. */
  week: number;
  /** Adopters for whom all of week k is on or before the period's last day. */
  n: number;
  /** Of those, the ones who used the feature on some day of week k. */
  retained: number;
  /** retained ÷ n; null when n = 0. */
  share: number | null;
};

export type DurationAdopter = {
  firstDay: number;
  /** The weeks after first use (k as above) in which the unit used the feature. */
  weeksUsed: ReadonlySet<number> | readonly number[];
};

/**
 * Duration curve: for adopters whose first use is in the period, the share still using the
 * feature in week k after first use, k = 0 … maxWeek. Only adopters for whom the whole week k is
 * on or before `lastDay` (the period's end) count towards week k, so recent adopters do not drag
 * late weeks down.
 */
export function durationCurve(adopters: readonly DurationAdopter[], lastDay: number, maxWeek = 12): DurationPoint[] {
  const points: DurationPoint[] = [];
  for (let week = 0; week <= maxWeek; week++) {
    let n = 0;
    let retained = 0;
    for (const a of adopters) {
      if (a.firstDay + 7 * week + 6 > lastDay) continue;
      n++;
      const used = a.weeksUsed instanceof Set ? a.weeksUsed.has(week) : (a.weeksUsed as number[]).includes(week);
      if (used) retained++;
    }
    points.push({ week, n, retained, share: n > 0 ? retained / n : null });
  }
  return points;
}

export type Quadrant = "core" | "niche" | "casual" | "low";

/**
 * Where a feature sits in the engagement matrix, against the medians over features: core = breadth
 * and frequency both at or above their medians; niche = low breadth, high frequency; casual = high
 * breadth, low frequency; low = both below. A feature nobody used (no breadth or frequency) is low.
 */
export function quadrant(
  b: number | null,
  f: number | null,
  medians: { breadth: number | null; frequency: number | null },
): Quadrant {
  if (b === null || f === null || medians.breadth === null || medians.frequency === null) return "low";
  const wide = b >= medians.breadth;
  const often = f >= medians.frequency;
  if (wide && often) return "core";
  if (often) return "niche";
  if (wide) return "casual";
  return "low";
}
