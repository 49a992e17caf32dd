// The report's date filter: calendar days in the workspace's time zone, turned into the instants
// that bound ChecklistProgress.createdAt (a timestamp; the progress table has no day column).

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in ms (+3_600_000 for Paris in winter). */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of wallClock(timeZone).formatToParts(new Date(at)))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant `isoDate` (YYYY-MM-DD) begins in `timeZone`. Two passes settle the offset across a
 * DST change; where midnight itself is skipped, the first instant of that day is an hour later
 * and this returns the hour before it, which only widens the range. */
export function startOfDayInZone(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  const midnightUtc = Date.UTC(y!, m! - 1, d!);
  const first = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  return new Date(midnightUtc - zoneOffsetMs(first, timeZone));
}

/** The day after `isoDate`, as YYYY-MM-DD. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** [fromAt, toAt) for "entered between `from` and `to`, both days included"; either side open. */
export function dayRangeToInstants(
  range: { from?: string; to?: string },
  timeZone: string,
): { fromAt: Date | null; toAt: Date | null } {
  return {
    fromAt: range.from ? startOfDayInZone(range.from, timeZone) : null,
    toAt: range.to ? startOfDayInZone(nextDay(range.to), timeZone) : null,
  };
}
