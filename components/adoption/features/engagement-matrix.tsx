"use client";

import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { frequencyDefinition, MATRIX_DEFINITION, QUADRANT_LABELS } from "@/server/analytics/definitions/features";
import type { TFeaturesOverview } from "@/server/analytics/features-schemas";
import { formatNumber, formatPercent } from "./format";
import { labelSides, type LabelSide } from "./matrix-labels";
import { CHART_PROPS } from "@/components/charts/chart-theme";

type Dot = {
  x: number;
  y: number;
  name: string;
  core: boolean;
  quadrant: keyof typeof QUADRANT_LABELS;
  side: LabelSide;
};

/** Where a name starts, from the dot's centre, per side (SVG text anchors). */
const LABEL_AT: Record<LabelSide, { dx: number; dy: number; anchor: "start" | "middle" }> = {
  right: { dx: 13, dy: 4, anchor: "start" },
  top: { dx: 0, dy: -13, anchor: "middle" },
  bottom: { dx: 0, dy: 21, anchor: "middle" },
};

function DotShape(props: { cx?: number; cy?: number; payload?: Dot }) {
  const { cx = 0, cy = 0, payload } = props;
  const at = LABEL_AT[payload?.side ?? "right"];
  return (
    <g>
      {payload?.core ? <circle cx={cx} cy={cy} r={9} fill="none" stroke="#1c1917" strokeWidth={1.5} /> : null}
      <circle cx={cx} cy={cy} r={5.5} fill="#237556" fillOpacity={0.85} />
      {payload ? (
        <text x={cx + at.dx} y={cy + at.dy} textAnchor={at.anchor} fontSize={11} fill="#57534e">
          {payload.name}
        </text>
      ) : null}
    </g>
  );
}

function DotTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Dot }[] }) {
  const dot = active ? payload?.[0]?.payload : undefined;
  if (!dot) return null;
  return (
    <div className="rounded-md border border-stone-200 bg-white px-3 py-2 text-xs shadow-sm">
      <p className="font-medium text-stone-900">
        {dot.name} {dot.core ? "(core)" : ""}
      </p>
      <p>Breadth {dot.x.toFixed(1)}%</p>
      <p>Frequency {dot.y.toFixed(2)} days/week</p>
      <p>{QUADRANT_LABELS[dot.quadrant]}</p>
    </div>
  );
}

/** The frequency axis: its top just above the highest dot, on a round value (a week has 7 days), with
 * round ticks, so features used a day a week or less are not squeezed at the bottom of a 0–7 axis. */
function frequencyAxis(highest: number): { top: number; ticks: number[] } {
  const scales: [number, number][] = [
    [0.25, 0.05],
    [0.5, 0.1],
    [1, 0.25],
    [1.5, 0.5],
    [2, 0.5],
    [3, 1],
    [4, 1],
    [5, 1],
    [6, 1],
    [7, 1],
  ];
  const [top, step] = scales.find(([t]) => t >= highest * 1.15) ?? [7, 1];
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toFixed(2))) };
}

/** Breadth × frequency, one dot per feature that someone used, split at the medians over features. */
export function EngagementMatrix({ report }: { report: TFeaturesOverview }) {
  const used = report.features
    .filter((f) => f.breadth !== null && f.frequency !== null)
    .map((f) => ({ x: f.breadth! * 100, y: f.frequency!, name: f.name, core: f.core, quadrant: f.quadrant }));
  const mx = report.medians.breadth === null ? null : report.medians.breadth * 100;
  const my = report.medians.frequency;
  const axis = frequencyAxis(Math.max(0, my ?? 0, ...used.map((d) => d.y)));
  const yMax = axis.top;
  const sides = labelSides(used, { x: 14, y: yMax * 0.08 });
  const dots: Dot[] = used.map((d, i) => ({ ...d, side: sides[i]! }));
  type Corner = "insideTopRight" | "insideTopLeft" | "insideBottomRight" | "insideBottomLeft";
  const area = (x1: number, x2: number, y1: number, y2: number, label: string, position: Corner) => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      fill="transparent"
      ifOverflow="hidden"
      label={{ value: label, position, fill: "#a8a29e", fontSize: 11 }}
    />
  );
  return (
    <ChartCard
      title="Engagement matrix"
      testId="engagement-matrix"
      height={320}
      definition={`${MATRIX_DEFINITION} ${frequencyDefinition(report.unit)}`}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart {...CHART_PROPS} margin={{ top: 12, right: 16, bottom: 24, left: 4 }}>
            <CartesianGrid stroke="#f5f5f4" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, 100]}
              unit="%"
              tick={{ fontSize: 11 }}
              label={{ value: "Breadth", position: "insideBottom", offset: -12, fontSize: 11 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0, yMax]}
              ticks={axis.ticks}
              tick={{ fontSize: 11 }}
              label={{ value: "Days per week", angle: -90, position: "insideLeft", fontSize: 11 }}
            />
            {mx !== null && my !== null ? (
              <>
                {area(mx, 100, my, yMax, QUADRANT_LABELS.core, "insideTopRight")}
                {area(0, mx, my, yMax, QUADRANT_LABELS.niche, "insideTopLeft")}
                {area(mx, 100, 0, my, QUADRANT_LABELS.casual, "insideBottomRight")}
                {area(0, mx, 0, my, QUADRANT_LABELS.low, "insideBottomLeft")}
                <ReferenceLine x={mx} stroke="#a8a29e" strokeDasharray="4 4" />
                <ReferenceLine y={my} stroke="#a8a29e" strokeDasharray="4 4" />
              </>
            ) : null}
            <Tooltip content={DotTooltip} cursor={{ strokeDasharray: "3 3" }} />
            <Scatter data={dots} shape={DotShape} isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      }
      table={
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Engagement matrix</caption>
          <thead>
            <tr>
              <th>Feature</th>
              <th>Breadth</th>
              <th>Frequency (days/week)</th>
              <th>Quadrant</th>
            </tr>
          </thead>
          <tbody>
            {report.features.map((f) => (
              <tr key={f.featureId}>
                <td>
                  {f.name}
                  {f.core ? " (core)" : ""}
                </td>
                <td>{formatPercent(f.breadth, 1)}</td>
                <td>{formatNumber(f.frequency, 2)}</td>
                <td>{QUADRANT_LABELS[f.quadrant]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
