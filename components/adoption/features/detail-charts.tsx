"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CsvButton } from "@/components/ui/csv-button";
import type { TFeatureDetail } from "@/server/analytics/features-schemas";
import { bucketLabel, formatPercent } from "./format";
import { CHART_PROPS } from "@/components/charts/chart-theme";

const GREEN = "#237556";
const AXIS = { fontSize: 11 };
const asPercent = (v: number) => `${Math.round(v)}%`;

function SimpleTable({ header, rows }: { header: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr>
          {header.map((h) => (
            <th key={h} className="px-2 py-1 font-medium text-stone-600">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j} className="px-2 py-1 tabular-nums">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Weekly breadth through the period, with its counts in the table. */
export function BreadthTrendChart({
  trend,
  definition,
  filename,
}: {
  trend: TFeatureDetail["stats"]["trend"];
  definition: string;
  filename: string;
}) {
  const data = trend.map((w) => ({ label: w.from, value: w.breadth === null ? null : w.breadth * 100 }));
  const header = ["Week from", "Week to", "Active", "Adopters", "Breadth"];
  const rows = trend.map((w) => [w.from, w.to, w.active, w.adopters, formatPercent(w.breadth, 1)]);
  return (
    <ChartCard
      title="Breadth over time"
      definition={definition}
      testId="feature-breadth-trend"
      action={<CsvButton filename={filename} header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#f5f5f4" />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis domain={[0, 100]} tickFormatter={asPercent} tick={AXIS} />
            <Tooltip formatter={(v) => (typeof v === "number" ? `${v.toFixed(1)}%` : "n/a")} />
            <Line
              type="monotone"
              dataKey="value"
              name="Breadth"
              stroke={GREEN}
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={<SimpleTable header={header} rows={rows} />}
    />
  );
}

/** A distribution as bars, one per bucket. */
export function HistogramChart({
  title,
  definition,
  buckets,
  bucketName,
  filename,
  testId,
}: {
  title: string;
  definition: string;
  buckets: TFeatureDetail["depthHistogram"];
  bucketName: string;
  filename: string;
  testId: string;
}) {
  const data = buckets.map((b) => ({ label: bucketLabel(b), count: b.count }));
  const header = [bucketName, "Count"];
  const rows = data.map((d) => [d.label, d.count]);
  return (
    <ChartCard
      title={title}
      definition={definition}
      testId={testId}
      action={<CsvButton filename={filename} header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
            <CartesianGrid stroke="#f5f5f4" vertical={false} />
            <XAxis
              dataKey="label"
              tick={AXIS}
              label={{ value: bucketName, position: "insideBottom", offset: -8, fontSize: 11 }}
            />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Bar dataKey="count" name="Count" fill={GREEN} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<SimpleTable header={header} rows={rows} />}
    />
  );
}

/** The duration curve: share still using the feature k weeks after first use. */
export function DurationChart({
  points,
  definition,
  filename,
}: {
  points: TFeatureDetail["duration"];
  definition: string;
  filename: string;
}) {
  const data = points.map((p) => ({ label: `wk ${p.week}`, value: p.share === null ? null : p.share * 100, n: p.n }));
  const header = ["Week after first use", "Counted (n)", "Still using", "Share"];
  const rows = points.map((p) => [p.week, p.n, p.retained, formatPercent(p.share, 1)]);
  return (
    <ChartCard
      title="Duration"
      definition={definition}
      testId="feature-duration"
      action={<CsvButton filename={filename} header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#f5f5f4" />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis domain={[0, 100]} tickFormatter={asPercent} tick={AXIS} />
            <Tooltip formatter={(v) => (typeof v === "number" ? `${v.toFixed(1)}%` : "n/a")} />
            <Line
              type="monotone"
              dataKey="value"
              name="Still using"
              stroke={GREEN}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={<SimpleTable header={header} rows={rows} />}
    />
  );
}
