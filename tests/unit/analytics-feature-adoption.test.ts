// Feature adoption formulas on hand-computed data.
import { describe, expect, it } from "vitest";
import {
  breadth,
  depth,
  durationCurve,
  frequency,
  quadrant,
  timeToAdopt,
} from "../../server/analytics/metrics/feature-adoption";

describe("breadth", () => {
  it("is adopters over active, null when nobody was active", () => {
    expect(breadth(3, 12)).toBe(0.25);
    expect(breadth(0, 5)).toBe(0);
    expect(breadth(0, 0)).toBeNull();
    expect(breadth(1, 1)).toBe(1);
  });
});

describe("depth", () => {
  it("is uses per active day", () => {
    expect(depth(6, 4)).toBe(1.5);
    expect(depth(1, 1)).toBe(1);
    expect(depth(3, 0)).toBeNull();
  });
});

describe("timeToAdopt", () => {
  it("counts from first seen when there is no release day", () => {
    expect(timeToAdopt(110, 100, null)).toBe(10);
    expect(timeToAdopt(100, 100, null)).toBe(0);
  });
  it("counts from the release day when it is later than first seen", () => {
    expect(timeToAdopt(110, 100, 105)).toBe(5);
    expect(timeToAdopt(110, 107, 105)).toBe(3);
  });
  it("is never negative (used before its recorded release)", () => {
    expect(timeToAdopt(100, 90, 103)).toBe(0);
  });
});

describe("frequency", () => {
  it("is feature-days per adopter per week", () => {
    // 2 adopters, 6 feature-days over 14 days (2 weeks): 6 / 2 / 2 = 1.5 days a week
    expect(frequency(6, 2, 14)).toBe(1.5);
    // one user every day of a 10-day period: 10 / 1 / (10/7) = 7
    expect(frequency(10, 1, 10)).toBeCloseTo(7);
  });
  it("is null without adopters", () => {
    expect(frequency(0, 0, 28)).toBeNull();
  });
});

describe("durationCurve", () => {
  it("shares of adopters using it in each week after first use, among those whose week is complete", () => {
    // last day 27. A: first 0, used weeks 0, 1, 3. B: first 7, weeks 0, 2. C: first 20, week 0.
    const curve = durationCurve(
      [
        { firstDay: 0, weeksUsed: new Set([0, 1, 3]) },
        { firstDay: 7, weeksUsed: [0, 2] },
        { firstDay: 20, weeksUsed: [0] },
      ],
      27,
      4,
    );
    // week 0 complete for first + 6 ≤ 27: A (6), B (13), C (26) → n 3, all used
    // week 1: A (13), B (20) → C (33) excluded; A used → 1 of 2
    // week 2: A (20), B (27) → B used → 1 of 2
    // week 3: A (27) → used → 1 of 1
    // week 4: A (34 > 27) → n 0
    expect(curve).toEqual([
      { week: 0, n: 3, retained: 3, share: 1 },
      { week: 1, n: 2, retained: 1, share: 0.5 },
      { week: 2, n: 2, retained: 1, share: 0.5 },
      { week: 3, n: 1, retained: 1, share: 1 },
      { week: 4, n: 0, retained: 0, share: null },
    ]);
  });

  it("is weeks 0…12 with n = 0 for no adopters", () => {
    const curve = durationCurve([], 100);
    expect(curve).toHaveLength(13);
    expect(curve.every((p) => p.n === 0 && p.share === null)).toBe(true);
  });

  it("counts one adopter whose week ends exactly on the last day", () => {
    expect(durationCurve([{ firstDay: 10, weeksUsed: [0] }], 16, 0)).toEqual([
      { week: 0, n: 1, retained: 1, share: 1 },
    ]);
    expect(durationCurve([{ firstDay: 10, weeksUsed: [0] }], 15, 0)).toEqual([
      { week: 0, n: 0, retained: 0, share: null },
    ]);
  });
});

describe("quadrant", () => {
  const medians = { breadth: 0.5, frequency: 2 };
  it("places features against the medians, ties counting as high", () => {
    expect(quadrant(0.5, 2, medians)).toBe("core");
    expect(quadrant(0.1, 3, medians)).toBe("niche");
    expect(quadrant(0.9, 1, medians)).toBe("casual");
    expect(quadrant(0.1, 1, medians)).toBe("low");
  });
  it("calls a feature nobody used low", () => {
    expect(quadrant(0, null, medians)).toBe("low");
    expect(quadrant(null, null, { breadth: null, frequency: null })).toBe("low");
  });
});
