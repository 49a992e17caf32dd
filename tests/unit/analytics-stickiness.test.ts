import { describe, expect, it } from "vitest";
import {
  activeDaysHistogram,
  activeWithin,
  meanOf,
  runningActive,
  stickinessRatios,
  stickinessSeries,
} from "../../server/analytics/metrics/stickiness";

describe("stickiness", () => {
  it("ratios of one day, null when the window is empty", () => {
    expect(stickinessRatios({ dau: 2, wau: 4, mau: 8 })).toEqual({ dauMau: 0.25, dauWau: 0.5, wauMau: 0.5 });
    expect(stickinessRatios({ dau: 0, wau: 0, mau: 0 })).toEqual({ dauMau: null, dauWau: null, wauMau: null });
  });

  it("trailing windows include the day and the days before it, nothing after", () => {
    const days = new Map([
      ["a", [100]],
      ["b", [94]],
      ["c", [93]],
      ["d", [71, 101]],
    ]);
    expect(activeWithin(days, 100, 1)).toBe(1);
    expect(activeWithin(days, 100, 7)).toBe(2); // a, b (94 = 100 − 6); c is 7 days back
    expect(activeWithin(days, 100, 30)).toBe(4); // d on 71 = 100 − 29
    expect(activeWithin(days, 101, 30)).toBe(4);
  });

  it("series: missing days are 0, averages skip undefined days, weeks are rolling from the first day", () => {
    const s = stickinessSeries(10, 17, [
      { day: 10, dau: 1, wau: 2, mau: 4 },
      { day: 11, dau: 3, wau: 3, mau: 4 },
    ]);
    expect(s.daily).toHaveLength(8);
    expect(s.daily[2]).toMatchObject({ fromDay: 12, dau: 0, dauMau: null });
    expect(s.average).toEqual({ dauMau: (0.25 + 0.75) / 2, dauWau: (0.5 + 1) / 2, wauMau: (0.5 + 0.75) / 2 });
    expect(s.weekly.map((w) => [w.fromDay, w.toDay])).toEqual([
      [10, 16],
      [17, 17],
    ]);
    expect(s.weekly[0]).toMatchObject({ dau: 4 / 7, dauMau: 0.5 });
    expect(s.weekly[1]).toMatchObject({ dau: 0, dauMau: null });
  });

  it("active days histogram 1..30 and the share at 10 days or more (ties at 10 count)", () => {
    const h = activeDaysHistogram(
      new Map([
        [1, 5],
        [9, 2],
        [10, 2],
        [30, 1],
      ]),
    );
    expect(h.histogram).toHaveLength(30);
    expect(h.histogram[0]).toEqual({ days: 1, count: 5 });
    expect(h).toMatchObject({ total: 10, tenOrMore: 3, tenOrMoreShare: 0.3 });
    expect(activeDaysHistogram(new Map())).toMatchObject({ total: 0, tenOrMore: 0, tenOrMoreShare: null });
    expect(meanOf([null, 1, 2])).toBe(1.5);
    expect(meanOf([null])).toBeNull();
  });

  it("running counts from (day, gap to the next active day) equal the trailing windows", () => {
    // Subject a active on 100 and 103; b on 95 only (gap capped at 30); c on 71 and 101.
    const days = new Map([
      ["a", [100, 103]],
      ["b", [95]],
      ["c", [71, 101]],
    ]);
    const rows = [
      { day: 100, gap: 3, n: 1 },
      { day: 103, gap: 30, n: 1 },
      { day: 95, gap: 30, n: 1 },
      { day: 71, gap: 30, n: 1 },
      { day: 101, gap: 30, n: 1 },
    ];
    const counts = runningActive(rows, 71, 95, 110);
    for (const c of counts)
      expect(c, `day ${c.day}`).toEqual({
        day: c.day,
        dau: activeWithin(days, c.day, 1),
        wau: activeWithin(days, c.day, 7),
        mau: activeWithin(days, c.day, 30),
      });
    expect(counts.find((c) => c.day === 100)).toEqual({ day: 100, dau: 1, wau: 2, mau: 3 });
  });
});
