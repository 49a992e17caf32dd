import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../server/calendar/day-number";
import {
  activeWeeks,
  averageCurve,
  cohortLayout,
  cohortRow,
  periodRetention,
  retentionFromCounts,
  retentionWindows,
  trendPeriods,
} from "../../server/analytics/metrics/retention";

const ids = (prefix: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => `${prefix}${from + i}`);

describe("period retention", () => {
  it("the seed's example: 100 at the start, 10 lost, 10 new → 90%, not 100%", () => {
    const start = ids("u", 100);
    const end = [...ids("u", 90), ...ids("n", 10)];
    expect(periodRetention(start, end)).toEqual({ started: 100, retained: 90, lost: 10, new: 10, rate: 0.9 });
  });

  it("nobody at the start: rate null, the newcomers still counted", () => {
    expect(periodRetention([], ["a", "b"])).toEqual({ started: 0, retained: 0, lost: 0, new: 2, rate: null });
    expect(periodRetention([], [])).toEqual({ started: 0, retained: 0, lost: 0, new: 0, rate: null });
  });

  it("counts a subject once however often it appears", () => {
    expect(periodRetention(["a", "a", "b"], ["a", "a"])).toEqual({
      started: 2,
      retained: 1,
      lost: 1,
      new: 0,
      rate: 0.5,
    });
    expect(retentionFromCounts(4, 3, 5)).toEqual({ started: 4, retained: 3, lost: 1, new: 2, rate: 0.75 });
  });

  it("windows are the period's first and last W days; shorter than 2W is refused", () => {
    expect(retentionWindows(100, 113, 7)).toEqual({
      start: { fromDay: 100, toDay: 106 },
      end: { fromDay: 107, toDay: 113 },
    });
    expect(retentionWindows(100, 112, 7)).toBeNull();
    // One-day windows: a user active only on the boundary day is in the start set, not the end set.
    const w = retentionWindows(100, 101, 1)!;
    expect(w).toEqual({ start: { fromDay: 100, toDay: 100 }, end: { fromDay: 101, toDay: 101 } });
  });

  it("trend periods are consecutive, of equal length, the chosen one last", () => {
    expect(trendPeriods(10, 19, 3)).toEqual([
      { fromDay: -10, toDay: -1 },
      { fromDay: 0, toDay: 9 },
      { fromDay: 10, toDay: 19 },
    ]);
  });
});

describe("weekly cohorts", () => {
  // 2026-01-05 is a Monday.
  const monday = dayOfIso("2026-01-05");

  it("cohorts are the ISO weeks starting in the period; columns stop at 12 or the period's end", () => {
    const wed = monday + 2;
    // Wednesday to the Tuesday three weeks later: the Mondays after the start, the last one included.
    const l = cohortLayout(wed, wed + 20, 12);
    expect(l.starts).toEqual([monday + 7, monday + 14, monday + 21]);
    expect(l.weeks).toBe(3);
    expect(cohortLayout(monday, monday + 400, 12).weeks).toBe(13);
    expect(cohortLayout(wed, wed + 3, 12)).toEqual({ starts: [], weeks: 0, firstStart: monday + 7 });
  });

  it("active weeks count from the cohort's Monday; earlier days are ignored", () => {
    expect([...activeWeeks(monday, [monday - 1, monday, monday + 6, monday + 7, monday + 20])].sort()).toEqual([
      0, 1, 2,
    ]);
  });

  it("cells: on week N, on or after week N, and empty when the week has not ended", () => {
    // 4 users; on week 0: all; week 1: 2; week 2: 1. Last weeks: 0, 1, 2, 0 → on or after 1 = 2, 2 = 1.
    const counts = {
      weekStart: monday,
      size: 4,
      on: new Map([
        [0, 4],
        [1, 2],
        [2, 1],
      ]),
      lastWeek: new Map([
        [0, 2],
        [1, 1],
        [2, 1],
      ]),
    };
    // Period ends on the Saturday of week 2: week 2 is not over.
    const cells = cohortRow(counts, 3, monday + 19);
    expect(cells).toEqual([
      { week: 0, on: 4, onRate: 1, onOrAfter: 4, onOrAfterRate: 1 },
      { week: 1, on: 2, onRate: 0.5, onOrAfter: 2, onOrAfterRate: 0.5 },
      null,
    ]);
    expect(cohortRow(counts, 3, monday + 20)[2]).toEqual({
      week: 2,
      on: 1,
      onRate: 0.25,
      onOrAfter: 1,
      onOrAfterRate: 0.25,
    });
  });

  it("the average curve weighs cohorts by size over those that reached the week", () => {
    const cell = (on: number, week: number) => ({ week, on, onRate: null, onOrAfter: on, onOrAfterRate: null });
    const rows = [
      { size: 10, cells: [cell(10, 0), cell(5, 1)] },
      { size: 30, cells: [cell(30, 0), null] },
      { size: 0, cells: [cell(0, 0), cell(0, 1)] },
    ];
    expect(averageCurve(rows, 2)).toEqual([
      { week: 0, on: 1, onOrAfter: 1, cohorts: 2, size: 40 },
      { week: 1, on: 0.5, onOrAfter: 0.5, cohorts: 1, size: 10 },
    ]);
    expect(averageCurve([], 1)).toEqual([{ week: 0, on: null, onOrAfter: null, cohorts: 0, size: 0 }]);
  });
});
