// Days are the unit of every report: integer day numbers (days since 1970-01-01 in the
// workspace's time zone) are stored on events and rollups, so report SQL groups by an integer and
// stays the same on SQLite and PostgreSQL.

export const DAY_MS = 86_400_000;
const MS_PER_DAY = DAY_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Days since 1970-01-01 of the calendar date `at` falls on in `timeZone`. Reports group by this
 * integer so their SQL is the same on SQLite and PostgreSQL. */
export function dayNumber(at: Date, timeZone = "UTC"): number {
  if (timeZone === "UTC") return Math.floor(at.getTime() / MS_PER_DAY);
  const [y, m, d] = formatterFor(timeZone).format(at).split("-").map(Number);
  return Math.floor(Date.UTC(y!, m! - 1, d!) / MS_PER_DAY);
}

export function dayToDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A day number as YYYY-MM-DD (the calendar date it stands for). */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** YYYY-MM-DD as a day number. */
export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y!, m! - 1, d!) / MS_PER_DAY);
}
