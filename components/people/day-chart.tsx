"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CHART_PROPS } from "@/components/charts/chart-theme";

/** Bars per day or week with the definition beside them and the same figures as a table. */
export function BarsCard({
  title,
  definition,
  points,
  valueLabel,
  testId,
}: {
  title: string;
  definition: string;
  points: { label: string; value: number }[];
  valueLabel: string;
  testId?: string;
}) {
  return (
    <ChartCard
      title={title}
      definition={definition}
      testId={testId}
      height={200}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid vertical={false} stroke="#e7e5e4" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="value" name={valueLabel} fill="#237556" radius={[2, 2, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase tracking-wide text-stone-500">
            <tr>
              <th className="py-1">Date</th>
              <th className="py-1 text-right">{valueLabel}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {points.map((p) => (
              <tr key={p.label}>
                <td className="py-1">{p.label}</td>
                <td className="py-1 text-right tabular-nums">{p.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
