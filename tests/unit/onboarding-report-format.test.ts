// How report numbers read, the date filter's day boundaries, and the impact chart's axis.
import { describe, expect, it } from "vitest";
import { niceStep, symmetricDomain } from "../../components/charts/scale";
import { dayRangeToInstants, nextDay, startOfDayInZone } from "../../server/calendar/zone-range";
import { formatDuration, formatP, formatPp, formatRate } from "../../server/onboarding/reports/format";

const MINUS = "\u2212";

describe("formatting", () => {
  it("percentage points: one decimal, a real minus, a plus when asked, never −0.0", () => {
    expect(formatPp(0.062)).toBe("6.2");
    expect(formatPp(0.094, { signed: true })).toBe("+9.4");
    expect(formatPp(-0.031, { signed: true })).toBe(`${MINUS}3.1`);
    expect(formatPp(-0.031)).toBe(`${MINUS}3.1`);
    expect(formatPp(-0.0004, { signed: true })).toBe("0.0");
    expect(formatPp(1)).toBe("100.0");
  });

  it("rates, p-values and durations", () => {
    expect(formatRate(null)).toBe("n/a");
    expect(formatRate(0.5)).toBe("50.0%");
    expect(formatRate(2 / 3)).toBe("66.7%");
    expect(formatP(null)).toBe("n/a");
    expect(formatP(0.0648)).toBe("p = 0.065");
    expect(formatP(0.0004)).toBe("p < 0.001");
    expect(formatDuration(null)).toBe("n/a");
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(5.2 * 3_600_000)).toBe("5.2 h");
    expect(formatDuration(3.4 * 86_400_000)).toBe("3.4 days");
  });
});

describe("date range in the workspace's zone", () => {
  it("finds where a calendar day starts", () => {
    expect(startOfDayInZone("2026-11-24", "UTC").toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(startOfDayInZone("2026-07-01", "Europe/Paris").toISOString()).toBe("2026-06-30T22:00:00.000Z"); // CEST, +2
    expect(startOfDayInZone("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-15T05:00:00.000Z"); // EST, −5
    expect(startOfDayInZone("2026-05-10", "Asia/Kolkata").toISOString()).toBe("2026-05-09T18:30:00.000Z"); // +5:30
  });

  it("on DST-change days, uses the offset at that midnight", () => {
    // Paris moves to summer time at 02:00 on 2026-03-29: its midnight is still +1.
    expect(startOfDayInZone("2026-03-29", "Europe/Paris").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    // The day after, midnight is +2.
    expect(startOfDayInZone("2026-03-30", "Europe/Paris").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // New York leaves summer time at 02:00 on 2026-11-01: its midnight is still −4.
    expect(startOfDayInZone("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
  });

  it("includes both days: [start of from, start of the day after to)", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    const r = dayRangeToInstants({ from: "2026-11-01", to: "2026-11-03" }, "Europe/Paris");
    expect(r.fromAt!.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(r.toAt!.toISOString()).toBe("2026-11-03T23:00:00.000Z");
    expect(dayRangeToInstants({}, "UTC")).toEqual({ fromAt: null, toAt: null });
    expect(dayRangeToInstants({ to: "2026-11-03" }, "UTC")).toEqual({
      fromAt: null,
      toAt: new Date("2026-11-04T00:00:00.000Z"),
    });
  });
});

describe("chart scale", () => {
  it("nice steps are 1, 2 or 5 × 10^k", () => {
    expect(niceStep(18.8, 6)).toBe(5); // 3.13 per interval → 5
    expect(niceStep(200, 6)).toBe(50);
    expect(niceStep(1.2, 6)).toBe(0.2);
    expect(niceStep(0, 6)).toBe(1);
  });

  it("a symmetric axis around 0 that holds the interval", () => {
    // −3.1 to +9.4 pp: reach 9.4, step 5 → ±10
    expect(symmetricDomain([-3.1, 9.4, 3.15], { minHalfSpan: 5 })).toEqual({
      min: -10,
      max: 10,
      ticks: [-10, -5, 0, 5, 10],
    });
    // Everything at 0: at least ±5 (step 2 → ±6)
    expect(symmetricDomain([0, 0, 0], { minHalfSpan: 5 })).toEqual({
      min: -6,
      max: 6,
      ticks: [-6, -4, -2, 0, 2, 4, 6],
    });
    // A difference of 100 pp stays within ±100
    expect(symmetricDomain([100, 100, 100], { minHalfSpan: 5, limit: 100 })).toEqual({
      min: -100,
      max: 100,
      ticks: [-100, -50, 0, 50, 100],
    });
  });
});
