// Weeks and months over day numbers (server/calendar/day-number.ts). Two kinds of week:
// - rolling weeks of a report period: 7-day buckets counted from the period's first day, so a
//   period that starts on a Wednesday has full weeks (survey trends);
// - calendar weeks, Monday to Sunday (ISO 8601), for cohorts and retention across periods.
// Day 0 (1970-01-01) was a Thursday.

export type DaySpan = { index: number; fromDay: number; toDay: number };

/** Rolling week of `day` in a period starting at `fromDay`: floor((day − fromDay) / 7). */
export function rollingWeekIndex(day: number, fromDay: number): number {
  return Math.floor((day - fromDay) / 7);
}

/** The rolling weeks of [fromDay, toDay], both inclusive; the last one may be shorter. */
export function rollingWeeks(fromDay: number, toDay: number): DaySpan[] {
  const count = Math.floor((toDay - fromDay) / 7) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const start = fromDay + 7 * index;
    return { index, fromDay: start, toDay: Math.min(start + 6, toDay) };
  });
}

/** The Monday that starts `day`'s calendar week, as a day number. */
export function weekStartDay(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Calendar week number: weeks since the week of 1970-01-01 (Monday 1969-12-29 is week 0). */
export function weekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** Months since January 1970 of the month `day` falls in (UTC calendar of the day number). */
export function monthIndex(day: number): number {
  const d = new Date(day * 86_400_000);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}

/** The first day of month `index` (see monthIndex). */
export function monthStartDay(index: number): number {
  const year = 1970 + Math.floor(index / 12);
  const month = ((index % 12) + 12) % 12;
  return Date.UTC(year, month, 1) / 86_400_000;
}

/** The calendar months that [fromDay, toDay] touches, clipped to the range. */
export function monthsBetween(fromDay: number, toDay: number): DaySpan[] {
  const out: DaySpan[] = [];
  for (let m = monthIndex(fromDay); m <= monthIndex(toDay); m++) {
    out.push({
      index: m,
      fromDay: Math.max(fromDay, monthStartDay(m)),
      toDay: Math.min(toDay, monthStartDay(m + 1) - 1),
    });
  }
  return out;
}
