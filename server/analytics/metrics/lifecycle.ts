import { monthIndex, monthStartDay, monthsBetween, weekStartDay } from "../../calendar/periods";
import type { DayRange } from "./retention";

export type LifecycleGranularity = "day" | "week" | "month";
export type LifecycleState = "new" | "current" | "resurrected" | "dormant";

/** The calendar interval (day, ISO week or month) that contains `day`. */
export function calendarInterval(day: number, g: LifecycleGranularity): DayRange {
  if (g === "day") return { fromDay: day, toDay: day };
  if (g === "week") return { fromDay: weekStartDay(day), toDay: weekStartDay(day) + 6 };
  const m = monthIndex(day);
  return { fromDay: monthStartDay(m), toDay: monthStartDay(m + 1) - 1 };
}

/**
 * The intervals of a lifecycle report: the days, ISO weeks or calendar months of the period,
 * clipped to it (the first and last may be partial), plus the whole calendar interval before the
 * first one, read so that the first interval is classified like the others.
 */
export function lifecycleIntervals(fromDay: number, toDay: number, g: LifecycleGranularity) {
  let intervals: DayRange[];
  if (g === "day")
    intervals = Array.from({ length: toDay - fromDay + 1 }, (_, i) => ({ fromDay: fromDay + i, toDay: fromDay + i }));
  else if (g === "month")
    intervals = monthsBetween(fromDay, toDay).map((m) => ({ fromDay: m.fromDay, toDay: m.toDay }));
  else {
    intervals = [];
    for (let w = weekStartDay(fromDay); w <= toDay; w += 7)
      intervals.push({ fromDay: Math.max(w, fromDay), toDay: Math.min(w + 6, toDay) });
  }
  return { previous: calendarInterval(calendarInterval(fromDay, g).fromDay - 1, g), intervals };
}

/**
 * Where a subject first seen on `firstSeenDay` stands in interval i, given whether it was active in
 * it and in the interval before:
 * new = first seen after the previous interval ended (so within this calendar interval) and active in it;
 * current = active in this interval and the previous one;
 * resurrected = active now, not in the previous interval, and not new;
 * dormant = active in the previous interval, not in this one;
 * null = active in neither.
 */
export function lifecycleState(args: {
  activeNow: boolean;
  activeBefore: boolean;
  firstSeenDay: number | null;
  previousEnd: number;
  end: number;
}): LifecycleState | null {
  const { activeNow, activeBefore, firstSeenDay, previousEnd, end } = args;
  if (!activeNow) return activeBefore ? "dormant" : null;
  if (firstSeenDay !== null && firstSeenDay > previousEnd && firstSeenDay <= end) return "new";
  return activeBefore ? "current" : "resurrected";
}

/** Growth quick ratio: (new + resurrected) / dormant, what was gained over what was lost; null
 * when nothing was lost. */
export function quickRatio(c: { new: number; resurrected: number; dormant: number }): number | null {
  return c.dormant === 0 ? null : (c.new + c.resurrected) / c.dormant;
}

export type LifecycleCounts = { new: number; current: number; resurrected: number; dormant: number };

/** Counts of one interval with the active total (new + current + resurrected) and quick ratio. */
export function lifecycleRow(c: LifecycleCounts) {
  return { ...c, active: c.new + c.current + c.resurrected, quickRatio: quickRatio(c) };
}

/** The period as a whole: each state summed over the intervals, and the quick ratio of those sums. */
export function lifecycleOverall(rows: readonly LifecycleCounts[]) {
  const sum = (k: keyof LifecycleCounts) => rows.reduce((s, r) => s + r[k], 0);
  const totals = { new: sum("new"), resurrected: sum("resurrected"), dormant: sum("dormant") };
  return { ...totals, quickRatio: quickRatio(totals) };
}
