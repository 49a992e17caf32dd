import { describe, expect, it } from "vitest";
import { dayOfIso } from "../../server/calendar/day-number";
import {
  lifecycleIntervals,
  lifecycleOverall,
  lifecycleRow,
  lifecycleState,
  quickRatio,
} from "../../server/analytics/metrics/lifecycle";

const d = dayOfIso;

describe("lifecycle intervals", () => {
  it("weeks are ISO weeks clipped to the period; the whole week before is read", () => {
    // 2026-01-07 is a Wednesday.
    const { previous, intervals } = lifecycleIntervals(d("2026-01-07"), d("2026-01-20"), "week");
    expect(previous).toEqual({ fromDay: d("2025-12-29"), toDay: d("2026-01-04") });
    expect(intervals).toEqual([
      { fromDay: d("2026-01-07"), toDay: d("2026-01-11") },
      { fromDay: d("2026-01-12"), toDay: d("2026-01-18") },
      { fromDay: d("2026-01-19"), toDay: d("2026-01-20") },
    ]);
  });

  it("months are calendar months clipped; the previous month whole; days one by one", () => {
    const m = lifecycleIntervals(d("2026-01-15"), d("2026-03-02"), "month");
    expect(m.previous).toEqual({ fromDay: d("2025-12-01"), toDay: d("2025-12-31") });
    expect(m.intervals.map((i) => i.toDay)).toEqual([d("2026-01-31"), d("2026-02-28"), d("2026-03-02")]);
    const days = lifecycleIntervals(10, 12, "day");
    expect(days).toEqual({
      previous: { fromDay: 9, toDay: 9 },
      intervals: [10, 11, 12].map((x) => ({ fromDay: x, toDay: x })),
    });
  });
});

describe("lifecycle state", () => {
  const base = { previousEnd: 9, end: 16 };
  it("new: first seen after the previous interval and active now, even if seen earlier in the same week", () => {
    expect(lifecycleState({ ...base, activeNow: true, activeBefore: false, firstSeenDay: 10 })).toBe("new");
    expect(lifecycleState({ ...base, activeNow: true, activeBefore: false, firstSeenDay: 16 })).toBe("new");
  });
  it("current, resurrected, dormant, nothing", () => {
    expect(lifecycleState({ ...base, activeNow: true, activeBefore: true, firstSeenDay: 3 })).toBe("current");
    expect(lifecycleState({ ...base, activeNow: true, activeBefore: false, firstSeenDay: 9 })).toBe("resurrected");
    expect(lifecycleState({ ...base, activeNow: false, activeBefore: true, firstSeenDay: 3 })).toBe("dormant");
    expect(lifecycleState({ ...base, activeNow: false, activeBefore: false, firstSeenDay: 12 })).toBeNull();
    // First seen after the interval (impossible in practice) is not new.
    expect(lifecycleState({ ...base, activeNow: true, activeBefore: false, firstSeenDay: 17 })).toBe("resurrected");
  });
});

describe("quick ratio", () => {
  it("(new + resurrected) / dormant, null with no dormant", () => {
    expect(quickRatio({ new: 3, resurrected: 1, dormant: 2 })).toBe(2);
    expect(quickRatio({ new: 3, resurrected: 1, dormant: 0 })).toBeNull();
    expect(lifecycleRow({ new: 1, current: 4, resurrected: 2, dormant: 6 })).toEqual({
      new: 1,
      current: 4,
      resurrected: 2,
      dormant: 6,
      active: 7,
      quickRatio: 0.5,
    });
  });
  it("overall sums the intervals first", () => {
    expect(
      lifecycleOverall([
        { new: 2, current: 1, resurrected: 0, dormant: 0 },
        { new: 0, current: 1, resurrected: 1, dormant: 3 },
      ]),
    ).toEqual({ new: 2, resurrected: 1, dormant: 3, quickRatio: 1 });
    expect(lifecycleOverall([])).toEqual({ new: 0, resurrected: 0, dormant: 0, quickRatio: null });
  });
});
