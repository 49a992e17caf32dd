import { describe, expect, it } from "vitest";
import { seriesColor, SERIES_COLORS } from "../../components/charts/chart-theme";
import {
  compactTick,
  formatCount,
  formatPercent,
  percentTick,
  percentValueTick,
  shortDate,
  signedTick,
} from "../../components/charts/format";

describe("chart formatters", () => {
  it("percentages of a fraction, with a true minus and n/a for nothing", () => {
    expect(formatPercent(0.4567)).toBe("45.7%");
    expect(formatPercent(0.4567, 0)).toBe("46%");
    expect(formatPercent(-0.031)).toBe("\u22123.1%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(null)).toBe("n/a");
    expect(formatPercent(Number.NaN)).toBe("n/a");
    expect(percentTick(0.25)).toBe("25%");
    expect(percentValueTick(12.5)).toBe("12.5%");
    expect(percentValueTick(40)).toBe("40%");
  });

  it("counts and compact ticks", () => {
    expect(formatCount(12345)).toBe("12,345");
    expect(compactTick(950)).toBe("950");
    expect(compactTick(12_300)).toBe("12.3k");
    expect(compactTick(2_500_000)).toBe("2.5M");
    expect(compactTick(-1500)).toBe("\u22121.5k");
  });

  it("signed ticks keep whole numbers whole", () => {
    expect(signedTick(5)).toBe("+5");
    expect(signedTick(-3.14)).toBe("\u22123.1");
    expect(signedTick(0)).toBe("0");
  });

  it("a calendar day reads the same in every time zone", () => {
    expect(shortDate("2026-11-03")).toBe("Nov 3");
    expect(shortDate("2026-01-01")).toBe("Jan 1");
  });

  it("series colors cycle", () => {
    expect(seriesColor(0)).toBe(SERIES_COLORS[0]);
    expect(seriesColor(SERIES_COLORS.length + 1)).toBe(SERIES_COLORS[1]);
    expect(seriesColor(-1)).toBe(SERIES_COLORS[SERIES_COLORS.length - 1]);
  });
});
