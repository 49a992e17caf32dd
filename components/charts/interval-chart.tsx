"use client";

import { ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from "recharts";
import { AXIS_PROPS, CHART_COLORS, CHART_PROPS } from "./chart-theme";
import { ChartFigure, FigureTable } from "./chart-figure";
import { signedTick } from "./format";
import { symmetricDomain } from "./scale";

const TONE_COLOR = { neutral: "#57534e", good: CHART_COLORS.brand, bad: CHART_COLORS.bad } as const;

/**
 * A point estimate with its confidence interval as an error bar, on an axis centred on 0 with a
 * zero line: whether the bar crosses the line is the whole story. Values in display units (pp).
 */
export function IntervalChart({
  estimate,
  low,
  high,
  unit,
  label,
  minHalfSpan = 5,
  limit = 100,
  tone = "neutral",
  testId,
}: {
  estimate: number;
  low: number;
  high: number;
  unit: string;
  label: string;
  minHalfSpan?: number;
  limit?: number;
  tone?: keyof typeof TONE_COLOR;
  testId?: string;
}) {
  const domain = symmetricDomain([estimate, low, high], { minHalfSpan, limit });
  const color = TONE_COLOR[tone];
  // ErrorBar takes the distances below and above the point.
  const data = [{ x: estimate, y: 0, error: [estimate - low, high - estimate] }];
  return (
    <ChartFigure
      className="max-w-xl"
      testId={testId}
      height={84}
      caption={`${unit}: the dot is the estimate, the bar its 95% interval`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart {...CHART_PROPS} margin={{ top: 18, right: 24, bottom: 4, left: 24 }}>
            <XAxis
              {...AXIS_PROPS}
              type="number"
              dataKey="x"
              domain={[domain.min, domain.max]}
              ticks={domain.ticks}
              tickFormatter={signedTick}
              allowDataOverflow
            />
            <YAxis type="number" dataKey="y" domain={[-1, 1]} hide />
            <ReferenceLine
              x={0}
              stroke={CHART_COLORS.reference}
              strokeDasharray="3 3"
              label={{ value: "no difference", position: "top", fontSize: 10, fill: CHART_COLORS.tick }}
            />
            <Scatter data={data} fill={color} isAnimationActive={false} shape="circle">
              <ErrorBar
                dataKey="error"
                direction="x"
                stroke={color}
                strokeWidth={2.5}
                width={8}
                isAnimationActive={false}
              />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <FigureTable
          caption={label}
          header={["", unit]}
          rows={[
            { key: "estimate", cells: ["Estimate", signedTick(round1(estimate))] },
            { key: "low", cells: ["95% interval, low", signedTick(round1(low))] },
            { key: "high", cells: ["95% interval, high", signedTick(round1(high))] },
          ]}
        />
      }
    />
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;
