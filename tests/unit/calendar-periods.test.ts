import { describe, expect, it } from "vitest";
import { dayOfIso, isoOfDay } from "../../server/calendar/day-number";
import {
  monthIndex,
  monthsBetween,
  monthStartDay,
  rollingWeekIndex,
  rollingWeeks,
  weekIndex,
  weekStartDay,
} from "../../server/calendar/periods";

const d = dayOfIso;

describe("rolling weeks", () => {
  it("counts 7-day buckets from the period's first day; the last may be short", () => {
    // 2026-11-04 (Wed) … 2026-11-20 (Fri): 17 days = 2 full weeks + 3 days.
    const weeks = rollingWeeks(d("2026-11-04"), d("2026-11-20"));
    expect(weeks.map((w) => [w.index, isoOfDay(w.fromDay), isoOfDay(w.toDay)])).toEqual([
      [0, "2026-11-04", "2026-11-10"],
      [1, "2026-11-11", "2026-11-17"],
      [2, "2026-11-18", "2026-11-20"],
    ]);
    expect(rollingWeekIndex(d("2026-11-10"), d("2026-11-04"))).toBe(0);
    expect(rollingWeekIndex(d("2026-11-11"), d("2026-11-04"))).toBe(1);
    expect(rollingWeeks(d("2026-11-04"), d("2026-11-04"))).toHaveLength(1);
  });
});

describe("calendar weeks (Monday to Sunday)", () => {
  it("starts each week on Monday, before and after 1970-01-01 (a Thursday)", () => {
    expect(isoOfDay(weekStartDay(0))).toBe("1969-12-29");
    expect(isoOfDay(weekStartDay(d("2026-12-07")))).toBe("2026-12-07"); // a Monday
    expect(isoOfDay(weekStartDay(d("2026-12-13")))).toBe("2026-12-07"); // its Sunday
    expect(isoOfDay(weekStartDay(d("2026-12-14")))).toBe("2026-12-14");
    expect(isoOfDay(weekStartDay(d("1969-12-28")))).toBe("1969-12-22");
    expect(weekIndex(d("1969-12-29"))).toBe(0);
    expect(weekIndex(d("1970-01-04"))).toBe(0);
    expect(weekIndex(d("1970-01-05"))).toBe(1);
    expect(weekIndex(d("2026-12-13")) + 1).toBe(weekIndex(d("2026-12-14")));
  });
});

describe("months", () => {
  it("numbers months since January 1970 and finds their first day", () => {
    expect(monthIndex(0)).toBe(0);
    expect(monthIndex(d("2026-12-31"))).toBe(56 * 12 + 11);
    expect(isoOfDay(monthStartDay(monthIndex(d("2024-02-29"))))).toBe("2024-02-01");
    expect(isoOfDay(monthStartDay(-1))).toBe("1969-12-01");
  });
  it("clips the months a range touches to the range", () => {
    const spans = monthsBetween(d("2024-01-20"), d("2024-03-05"));
    expect(spans.map((s) => [isoOfDay(s.fromDay), isoOfDay(s.toDay)])).toEqual([
      ["2024-01-20", "2024-01-31"],
      ["2024-02-01", "2024-02-29"],
      ["2024-03-01", "2024-03-05"],
    ]);
  });
});
