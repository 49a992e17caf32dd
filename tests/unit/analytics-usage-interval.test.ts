import { describe, expect, it } from "vitest";
import { countValues, percentileOfCounts } from "../../server/analytics/metrics/percentile-of";
import {
  countPastInterval,
  repeatCurve,
  repeatFacts,
  usageInterval,
} from "../../server/analytics/metrics/usage-interval";

describe("repeat facts", () => {
  it("first and second occurrence; twice on the first day is a gap of 0", () => {
    expect(
      repeatFacts(
        [
          { day: 12, count: 1 },
          { day: 10, count: 1 },
          { day: 20, count: 3 },
        ],
        30,
      ),
    ).toEqual({
      firstDay: 10,
      secondDay: 12,
      gap: 2,
      lastDay: 20,
      uses: 5,
    });
    expect(repeatFacts([{ day: 10, count: 2 }], 30)).toEqual({
      firstDay: 10,
      secondDay: 10,
      gap: 0,
      lastDay: 10,
      uses: 2,
    });
  });

  it("only days up to the period's end count; once is no repeat; never is null", () => {
    expect(
      repeatFacts(
        [
          { day: 10, count: 1 },
          { day: 15, count: 1 },
        ],
        14,
      ),
    ).toEqual({
      firstDay: 10,
      secondDay: null,
      gap: null,
      lastDay: 10,
      uses: 1,
    });
    expect(repeatFacts([{ day: 15, count: 1 }], 14)).toBeNull();
    // The boundary day itself counts.
    expect(repeatFacts([{ day: 14, count: 1 }], 14)?.lastDay).toBe(14);
  });
});

describe("usage interval", () => {
  it("nearest rank: the smallest gap within which p% repeated", () => {
    // Gaps 0,1,1,2,3,5,7,7,10,30 (10 repeaters).
    const gaps = countValues([0, 1, 1, 2, 3, 5, 7, 7, 10, 30]);
    expect(usageInterval(gaps, 80)).toBe(7); // 8 of 10 within 7 days
    expect(usageInterval(gaps, 50)).toBe(3);
    expect(usageInterval(gaps, 95)).toBe(30);
    expect(usageInterval(new Map(), 80)).toBeNull();
  });

  it("ties: a value shared by many is returned once reached", () => {
    expect(percentileOfCounts(new Map([[4, 5]]), 80)).toBe(4);
    expect(
      percentileOfCounts(
        new Map([
          [1, 4],
          [9, 1],
        ]),
        80,
      ),
    ).toBe(1);
    expect(
      percentileOfCounts(
        new Map([
          [1, 4],
          [9, 1],
        ]),
        81,
      ),
    ).toBe(9);
  });

  it("the cumulative curve and the users past their interval", () => {
    const gaps = countValues([0, 2, 2, 5]);
    const curve = repeatCurve(gaps, 3);
    expect(curve).toEqual([
      { days: 0, repeated: 1, share: 0.25 },
      { days: 1, repeated: 1, share: 0.25 },
      { days: 2, repeated: 3, share: 0.75 },
      { days: 3, repeated: 3, share: 0.75 },
    ]);
    expect(repeatCurve(new Map(), 1)).toEqual([
      { days: 0, repeated: 0, share: null },
      { days: 1, repeated: 0, share: null },
    ]);
    // Days since the last occurrence: 0, 3, 3, 8; interval 3 → only 8 is past (3 is not "more than").
    const since = countValues([0, 3, 3, 8]);
    expect(countPastInterval(since, 3)).toBe(1);
    expect(countPastInterval(since, null)).toBe(0);
  });
});
