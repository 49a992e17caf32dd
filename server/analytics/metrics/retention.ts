import { weekStartDay } from "../../calendar/periods";

export type DayRange = { fromDay: number; toDay: number };

/** The start and end windows of a period retention: its first and last `window` days. Null when
 * the period is shorter than two windows (they would overlap). */
export function retentionWindows(
  fromDay: number,
  toDay: number,
  window: number,
): { start: DayRange; end: DayRange } | null {
  if (toDay - fromDay + 1 < 2 * window) return null;
  return {
    start: { fromDay, toDay: fromDay + window - 1 },
    end: { fromDay: toDay - window + 1, toDay },
  };
}

export type RetentionCounts = { started: number; retained: number; lost: number; new: number; rate: number | null };

/** Counts from |start|, |start ∩ end| and |end|. */
export function retentionFromCounts(started: number, retained: number, ended: number): RetentionCounts {
  return {
    started,
    retained,
    lost: started - retained,
    new: ended - retained,
    rate: started === 0 ? null : retained / started,
  };
}

/**
 * Period retention: of the subjects active in the period's start window, the share also active in
 * its end window. Subjects active at the end but not at the start (new, or back after a break)
 * are counted as `new` and excluded from the rate. Null rate when nobody was active at the start.
 */
export function periodRetention(start: Iterable<string>, end: Iterable<string>): RetentionCounts {
  const s = new Set(start);
  const e = new Set(end);
  let retained = 0;
  for (const id of s) if (e.has(id)) retained++;
  return retentionFromCounts(s.size, retained, e.size);
}

/** The periods of a retention trend: `count` consecutive periods of the same length, the last one
 * ending on `toDay`; oldest first. */
export function trendPeriods(fromDay: number, toDay: number, count: number): DayRange[] {
  const length = toDay - fromDay + 1;
  return Array.from({ length: count }, (_, i) => {
    const back = (count - 1 - i) * length;
    return { fromDay: fromDay - back, toDay: toDay - back };
  });
}

// ---- Weekly cohorts ------------------------------------------------------------------------

/** The cohort weeks of a period (ISO weeks, Monday first, that start inside it) and how many
 * week columns the table shows: weeks 0..min(maxWeeks, the most the oldest cohort reaches). */
export function cohortLayout(fromDay: number, toDay: number, maxWeeks: number) {
  const firstStart = weekStartDay(fromDay) === fromDay ? fromDay : weekStartDay(fromDay) + 7;
  const starts: number[] = [];
  for (let w = firstStart; w <= toDay; w += 7) starts.push(w);
  const weeks = starts.length === 0 ? 0 : Math.min(maxWeeks, Math.floor((toDay - firstStart) / 7)) + 1;
  return { starts, weeks, firstStart };
}

/** Week N of a cohort is over by `toDay` when its Sunday is on or before it. */
export function weekComplete(weekStart: number, n: number, toDay: number): boolean {
  return weekStart + 7 * n + 6 <= toDay;
}

/** The weeks after its cohort week (0 = the cohort week) in which a subject was active, from its
 * active days; days before the cohort week are ignored. */
export function activeWeeks(weekStart: number, activeDays: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const day of activeDays) if (day >= weekStart) out.add(Math.floor((day - weekStart) / 7));
  return out;
}

export type CohortCounts = {
  weekStart: number;
  size: number;
  /** Subjects active in week N, by N. */
  on: ReadonlyMap<number, number>;
  /** Subjects whose last active week (up to the period's end) is N, by N. */
  lastWeek: ReadonlyMap<number, number>;
};

export type CohortCell = {
  week: number;
  on: number;
  onRate: number | null;
  onOrAfter: number;
  onOrAfterRate: number | null;
} | null;

/**
 * A cohort's row: for each week N shown, the subjects active in week N ("on week N") and those
 * active in week N or any later week up to the period's end ("on or after"), with their share of
 * the cohort. A week not over by the period's end is null (unknown, not zero).
 */
export function cohortRow(c: CohortCounts, weeks: number, toDay: number): CohortCell[] {
  const cells: CohortCell[] = [];
  for (let n = 0; n < weeks; n++) {
    if (!weekComplete(c.weekStart, n, toDay)) {
      cells.push(null);
      continue;
    }
    const on = c.on.get(n) ?? 0;
    let onOrAfter = 0;
    for (const [last, count] of c.lastWeek) if (last >= n) onOrAfter += count;
    const rate = (x: number) => (c.size === 0 ? null : x / c.size);
    cells.push({ week: n, on, onRate: rate(on), onOrAfter, onOrAfterRate: rate(onOrAfter) });
  }
  return cells;
}

export type CurvePoint = { week: number; on: number | null; onOrAfter: number | null; cohorts: number; size: number };

/**
 * The average retention curve: for week N, the active subjects summed over the cohorts whose week N
 * is over, divided by the sum of those cohorts' sizes (so each subject weighs the same, whatever
 * its cohort's size). Null where no cohort reached week N.
 */
export function averageCurve(rows: { size: number; cells: CohortCell[] }[], weeks: number): CurvePoint[] {
  return Array.from({ length: weeks }, (_, n) => {
    let size = 0;
    let on = 0;
    let onOrAfter = 0;
    let cohorts = 0;
    for (const r of rows) {
      const cell = r.cells[n];
      if (!cell || r.size === 0) continue;
      cohorts++;
      size += r.size;
      on += cell.on;
      onOrAfter += cell.onOrAfter;
    }
    return {
      week: n,
      on: size === 0 ? null : on / size,
      onOrAfter: size === 0 ? null : onOrAfter / size,
      cohorts,
      size,
    };
  });
}
