// The report's period: calendar days in the workspace's time zone (server/ingest/day.ts numbers
// them), and the instants that bound SurveyResponse.createdAt / SurveyDisplay.shownAt.
import { AppError } from "../../errors";
import { dayNumber } from "../../ingest/day";
import { dayRangeToInstants } from "../../onboarding/reports/date-range";
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, type TReportPeriod } from "./schemas";

const DAY_MS = 86_400_000;

export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOfIso = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y!, m! - 1, d!) / DAY_MS);
};

export type ResolvedPeriod = TReportPeriod & { fromAt: Date; toAt: Date };

/**
 * Both days included. Default: the last 12 weeks ending today; a lone `from` runs to today, a
 * lone `to` starts 12 weeks before it. At most MAX_REPORT_DAYS days.
 */
export function resolvePeriod(range: { from?: string; to?: string }, timeZone: string, now: Date): ResolvedPeriod {
  const today = dayNumber(now, timeZone);
  const toDay = range.to ? dayOfIso(range.to) : range.from ? Math.max(today, dayOfIso(range.from)) : today;
  const fromDay = range.from ? dayOfIso(range.from) : toDay - (DEFAULT_REPORT_DAYS - 1);
  if (fromDay > toDay) throw new AppError("BAD_REQUEST", "The start date must not be after the end date.", [{ path: "to", message: "Before the start" }]);
  if (toDay - fromDay + 1 > MAX_REPORT_DAYS) {
    throw new AppError("BAD_REQUEST", `A report covers at most ${MAX_REPORT_DAYS} days; narrow the dates.`, [{ path: "from", message: "Too long a period" }]);
  }
  const from = isoOfDay(fromDay);
  const to = isoOfDay(toDay);
  const { fromAt, toAt } = dayRangeToInstants({ from, to }, timeZone);
  return { from, to, fromDay, toDay, timeZone, fromAt: fromAt!, toAt: toAt! };
}
