import { describe, expect, it } from "vitest";
import {
  accountPairs,
  efficiencyByWeek,
  weekOf,
  weekOverWeek,
  weeksEndingOn,
} from "../../server/analytics/metrics/north-star";

const H = 3_600_000;

describe("weeksEndingOn", () => {
  it("makes whole weeks ending on the last day, dropping the leading partial days", () => {
    // Days 100..115: 16 days → 2 whole weeks, 102–108 and 109–115.
    expect(weeksEndingOn(100, 115)).toEqual([
      { index: 0, fromDay: 102, toDay: 108 },
      { index: 1, fromDay: 109, toDay: 115 },
    ]);
  });
  it("keeps one week when the period is shorter", () => {
    expect(weeksEndingOn(110, 112)).toEqual([{ index: 0, fromDay: 106, toDay: 112 }]);
  });
  it("places days in their week", () => {
    const weeks = weeksEndingOn(100, 115);
    expect([101, 102, 108, 109, 115, 116].map((d) => weekOf(weeks, d))).toEqual([null, 0, 0, 1, 1, null]);
  });
});

describe("efficiencyByWeek", () => {
  it("gives per week of the start: started, converted and the median time of the converted", () => {
    const weeks = weeksEndingOn(0, 13);
    const r = efficiencyByWeek(
      [
        { startDay: 0, ms: 2 * H },
        { startDay: 3, ms: 10 * H },
        { startDay: 6, ms: null },
        { startDay: 6, ms: 4 * H },
        { startDay: 9, ms: 30 * H },
        { startDay: 20, ms: H }, // outside the weeks
      ],
      weeks,
    );
    // Week 0: times {2, 10, 4} h → median 4 h; 4 started, 3 converted. Week 1: 30 h.
    expect(r).toEqual([
      { started: 4, converted: 3, medianMs: 4 * H },
      { started: 1, converted: 1, medianMs: 30 * H },
    ]);
  });
  it("has no median for a week where nobody converted", () => {
    expect(efficiencyByWeek([{ startDay: 1, ms: null }], weeksEndingOn(0, 6))).toEqual([
      { started: 1, converted: 0, medianMs: null },
    ]);
  });
});

describe("accountPairs", () => {
  it("starts an account with its first user and converts it at any of its users' first conversion", () => {
    const dayOf = (at: number) => Math.floor(at / (24 * H));
    const pairs = accountPairs(
      [
        { accountId: "a", startAt: 10 * H, endAt: null },
        { accountId: "a", startAt: 30 * H, endAt: 40 * H },
        { accountId: "b", startAt: 5 * H, endAt: 6 * H },
        { accountId: null, startAt: 0, endAt: H },
      ],
      dayOf,
    );
    expect(pairs).toEqual([
      { startDay: 0, ms: 30 * H },
      { startDay: 0, ms: H },
    ]);
  });
});

describe("weekOverWeek", () => {
  it("is the relative change, undefined from nothing", () => {
    expect(weekOverWeek(120, 100)).toBeCloseTo(0.2);
    expect(weekOverWeek(80, 100)).toBeCloseTo(-0.2);
    expect(weekOverWeek(5, 0)).toBeNull();
    expect(weekOverWeek(5, null)).toBeNull();
  });
});
