import { AppError } from "../errors";
import { dayNumber, dayOfIso, isoOfDay } from "./day-number";
import { dayRangeToInstants } from "./zone-range";

// A report's period: calendar days in the workspace's time zone, both ends included, and the
// instants that bound timestamp columns (createdAt, shownAt) for tables without a day column.

/** The longest period a report covers (about two years). */
export const MAX_REPORT_DAYS = 731;
/** The default period: the last 12 weeks, today included. */
export const DEFAULT_REPORT_DAYS = 84;

export type ReportPeriod = { from: string; to: string; fromDay: number; toDay: number; timeZone: string };
export type ResolvedPeriod = ReportPeriod & { fromAt: Date; toAt: Date };

/**
 * Both days included. Default: the last `defaultDays` ending today; a lone `from` runs to today,
 * a lone `to` starts `defaultDays` before it. At most `maxDays` days.
 */
export function resolvePeriod(
  range: { from?: string; to?: string },
  timeZone: string,
  now: Date,
  limits: { defaultDays: number; maxDays: number } = { defaultDays: DEFAULT_REPORT_DAYS, maxDays: MAX_REPORT_DAYS },
): ResolvedPeriod {
  const today = dayNumber(now, timeZone);
  const toDay = range.to ? dayOfIso(range.to) : range.from ? Math.max(today, dayOfIso(range.from)) : today;
  const fromDay = range.from ? dayOfIso(range.from) : toDay - (limits.defaultDays - 1);
  if (fromDay > toDay)
    throw new AppError("BAD_REQUEST", "The start date must not be after the end date.", [
      { path: "to", message: "Before the start" },
    ]);
  if (toDay - fromDay + 1 > limits.maxDays) {
    throw new AppError("BAD_REQUEST", `A report covers at most ${limits.maxDays} days; narrow the dates.`, [
      { path: "from", message: "Too long a period" },
    ]);
  }
  const from = isoOfDay(fromDay);
  const to = isoOfDay(toDay);
  const { fromAt, toAt } = dayRangeToInstants({ from, to }, timeZone);
  return { from, to, fromDay, toDay, timeZone, fromAt: fromAt!, toAt: toAt! };
}
