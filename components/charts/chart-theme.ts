// Colors, tooltip and axis styles shared by every Recharts chart of the dashboard
// (docs/decisions/charts.md). Recharts writes fills and strokes as SVG attributes, which take
// plain colors rather than CSS variables, so the Tailwind theme (app/globals.css) is repeated
// here as hex values; keep both in step.
import type { CSSProperties } from "react";

/** The Tailwind palette the dashboard uses, by role. */
export const CHART_COLORS = {
  /** brand-600: the main series. */
  brand: "#237556",
  /** brand-500: a lighter variant of the main series. */
  brandLight: "#2f8f6a",
  /** brand-700: totals and the end of a funnel. */
  brandStrong: "#1c5e46",
  /** brand-100: targets, bands and backgrounds. */
  brandPale: "#d9ede3",
  /** stone-400: a comparison series (holdout, last period). */
  muted: "#a8a29e",
  /** amber-500: something to look at (stalls, warnings). */
  warn: "#f59e0b",
  /** red-400 / red-700: the negative tone of a score, and worse results. */
  negative: "#f87171",
  bad: "#b91c1c",
  /** green-600: the positive tone of a score. */
  positive: "#16a34a",
  /** stone-200 grid lines, stone-300 axis lines, stone-500 tick text. */
  grid: "#e7e5e4",
  axis: "#d6d3d1",
  tick: "#78716c",
  /** stone-500: reference lines (zero, no difference). */
  reference: "#78716c",
} as const;

/** Categorical series in order: distinct in hue and in lightness, so they survive grey print
 * and the common color-vision deficiencies (brand green, amber, sky, violet, rose, stone). */
export const SERIES_COLORS = ["#237556", "#d97706", "#0284c7", "#7c3aed", "#e11d48", "#57534e"] as const;

/** The color of the i-th series, cycling through SERIES_COLORS. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length]!;
}

/** Tick text: stone-500, 11 px. */
export const AXIS_TICK = { fontSize: 11, fill: CHART_COLORS.tick } as const;

/** Props for every XAxis/YAxis: light axis line, no tick marks. */
export const AXIS_PROPS = {
  tick: AXIS_TICK,
  tickLine: false,
  axisLine: { stroke: CHART_COLORS.axis },
} as const;

/** Props for CartesianGrid: horizontal lines only, stone-200. */
export const GRID_PROPS = { stroke: CHART_COLORS.grid, vertical: false } as const;

/** Props for Tooltip: a white card like the dashboard's, stone text, no animation. */
export const TOOLTIP_PROPS = {
  contentStyle: {
    background: "#ffffff",
    border: "1px solid #e7e5e4",
    borderRadius: 6,
    boxShadow: "0 1px 2px rgb(0 0 0 / 0.05)",
    fontSize: 12,
    color: "#292524",
    padding: "6px 10px",
  } satisfies CSSProperties,
  labelStyle: { color: "#57534e", fontWeight: 500, marginBottom: 2 } satisfies CSSProperties,
  itemStyle: { color: "#292524", padding: 0 } satisfies CSSProperties,
  cursor: { fill: "#f5f5f4" },
  isAnimationActive: false,
} as const;

/**
 * Props for every chart (BarChart, LineChart…). The drawing sits in an aria-hidden box with the
 * same figures as a table beside it (ChartBody), so Recharts' keyboard layer stays off: a
 * focusable element inside aria-hidden content is an accessibility failure of its own.
 */
export const CHART_PROPS = { accessibilityLayer: false } as const;
