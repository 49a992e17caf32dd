"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFigure, FigureTable } from "@/components/charts/chart-figure";
import { AXIS_PROPS, CHART_COLORS, CHART_PROPS, GRID_PROPS, TOOLTIP_PROPS } from "@/components/charts/chart-theme";
import { formatCount, shortDate } from "@/components/charts/format";
import type { SurveyKind } from "@/server/surveys/schemas";
import type { TSurveyReport } from "@/server/surveys/reports/schemas";
import { formatMetric, KIND_LABELS } from "../labels";

const HEIGHT = 200;
const DOMAINS: Record<Exclude<SurveyKind, "open">, { min: number; max: number; ticks: number[] }> = {
  nps: { min: -100, max: 100, ticks: [-100, -50, 0, 50, 100] },
  csat: { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] },
  ces: { min: 1, max: 7, ticks: [1, 2, 3, 4, 5, 6, 7] },
};

type Week = TSurveyReport["weekly"][number];
const answers = (n: number) => `${formatCount(n)} answer${n === 1 ? "" : "s"}`;

/** The weekly metric as a line; a week without answers breaks the line (a gap, never a zero)
 * and shows as a small grey dot on the floor. Open questions: answers per week as columns. */
export function TrendChart({ kind, weekly, label }: { kind: SurveyKind; weekly: Week[]; label: string }) {
  // About eight date labels whatever the number of weeks.
  const interval = Math.max(0, Math.ceil(weekly.length / 8) - 1);
  const xAxis = (
    <XAxis
      {...AXIS_PROPS}
      dataKey="from"
      tickFormatter={shortDate}
      interval={interval}
      padding={{ left: 8, right: 8 }}
    />
  );
  const tooltip = (
    <Tooltip
      {...TOOLTIP_PROPS}
      content={({ active, payload }) => {
        const w = active ? (payload?.[0]?.payload as Week | undefined) : undefined;
        if (!w) return null;
        return (
          <div style={TOOLTIP_PROPS.contentStyle}>
            <div style={TOOLTIP_PROPS.labelStyle}>Week of {shortDate(w.from)}</div>
            <div className="tabular-nums">
              {kind === "open" || w.value === null
                ? w.n === 0
                  ? "no answers"
                  : answers(w.n)
                : `${formatMetric(kind, w.value)} (n=${w.n})`}
            </div>
          </div>
        );
      }}
    />
  );

  const chart =
    kind === "open" ? (
      <ResponsiveContainer width="100%" height="100%">
        <BarChart {...CHART_PROPS} data={weekly} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid {...GRID_PROPS} />
          {xAxis}
          <YAxis {...AXIS_PROPS} width={40} allowDecimals={false} tickFormatter={formatCount} />
          {tooltip}
          <Bar dataKey="n" fill={CHART_COLORS.brand} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    ) : (
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          {...CHART_PROPS}
          data={weekly.map((w) => ({ ...w, gap: w.value === null ? DOMAINS[kind].min : null }))}
          margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid {...GRID_PROPS} />
          {xAxis}
          <YAxis
            {...AXIS_PROPS}
            width={40}
            type="number"
            domain={[DOMAINS[kind].min, DOMAINS[kind].max]}
            ticks={DOMAINS[kind].ticks}
            tickFormatter={(t: number) => (kind === "csat" ? `${t}%` : String(t))}
          />
          {kind === "nps" ? <ReferenceLine y={0} stroke={CHART_COLORS.muted} strokeDasharray="3 3" /> : null}
          {tooltip}
          <Line
            dataKey="value"
            stroke={CHART_COLORS.brand}
            strokeWidth={2.5}
            dot={{ r: 4, fill: CHART_COLORS.brand, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Scatter
            dataKey="gap"
            fill={CHART_COLORS.axis}
            shape={(p: { cx?: number; cy?: number }) => (
              <circle cx={p.cx} cy={(p.cy ?? 0) - 3} r={2} fill={CHART_COLORS.axis} />
            )}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    );

  return (
    <ChartFigure
      testId="survey-trend-chart"
      height={HEIGHT}
      chart={chart}
      caption={`Weeks start on ${shortDate(weekly[0]?.from ?? "1970-01-01")}; hover a week for its value and count.`}
      table={
        <FigureTable
          caption={label}
          header={kind === "open" ? ["Week of", "Answers"] : ["Week of", KIND_LABELS[kind].metric, "Answers"]}
          rows={weekly.map((w) => ({
            key: String(w.week),
            cells:
              kind === "open"
                ? [w.from, formatCount(w.n)]
                : [w.from, w.value === null ? "no answers" : formatMetric(kind, w.value), formatCount(w.n)],
            attrs: { "data-week": w.week },
          }))}
        />
      }
    />
  );
}
