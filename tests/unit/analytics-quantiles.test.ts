// Quantiles and histograms on hand-computed data.
import { describe, expect, it } from "vitest";
import { median, quantile, summary } from "../../server/analytics/metrics/quantiles";
import { histogram } from "../../server/analytics/metrics/histogram";

describe("quantile (type 7)", () => {
  it("is null for no values", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(median([])).toBeNull();
  });

  it("of one value is that value at every q", () => {
    for (const q of [0, 0.25, 0.5, 0.9, 1]) expect(quantile([7], q)).toBe(7);
  });

  it("interpolates between the closest ranks", () => {
    // [1, 2, 3, 4]: h = 3q → q=0.25: h=0.75 → 1 + 0.75·1 = 1.75; q=0.9: h=2.7 → 3.7
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
  });

  it("median sorts its input and handles ties", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2, 2, 2, 9])).toBe(2);
    expect(median([10, 0])).toBe(5);
  });

  it("summary gives n, mean and the percentiles", () => {
    // [0, 10, 20, 30, 40]: h = 4q → p25 = 10, median = 20, p75 = 30, p90 = h 3.6 → 36
    expect(summary([40, 0, 30, 10, 20])).toEqual({ n: 5, mean: 20, p25: 10, median: 20, p75: 30, p90: 36 });
    expect(summary([])).toEqual({ n: 0, mean: null, p25: null, median: null, p75: null, p90: null });
    expect(summary([3])).toEqual({ n: 1, mean: 3, p25: 3, median: 3, p75: 3, p90: 3 });
  });
});

describe("histogram", () => {
  it("counts values into [edge, next edge) and an open last bucket", () => {
    expect(histogram([0, 0.5, 1, 1.99, 2, 7, 100], [0, 1, 2, 5])).toEqual([
      { from: 0, to: 1, count: 2 },
      { from: 1, to: 2, count: 2 },
      { from: 2, to: 5, count: 1 },
      { from: 5, to: null, count: 2 },
    ]);
  });

  it("puts values below the first edge in the first bucket", () => {
    expect(histogram([-3, 0], [0, 10])).toEqual([
      { from: 0, to: 10, count: 2 },
      { from: 10, to: null, count: 0 },
    ]);
  });

  it("gives empty buckets for no values and no buckets for no edges", () => {
    expect(histogram([], [0, 1])).toEqual([
      { from: 0, to: 1, count: 0 },
      { from: 1, to: null, count: 0 },
    ]);
    expect(histogram([1, 2], [])).toEqual([]);
  });

  it("sorts and dedupes the edges", () => {
    expect(histogram([3], [5, 0, 5])).toEqual([
      { from: 0, to: 5, count: 1 },
      { from: 5, to: null, count: 0 },
    ]);
  });
});
