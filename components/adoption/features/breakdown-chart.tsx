"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CsvButton } from "@/components/ui/csv-button";
import type { TBreakdownRow } from "@/server/analytics/features-schemas";
import { formatPercent } from "./format";
import { CHART_PROPS } from "@/components/charts/chart-theme";

/** Breadth per group (persona or plan) as bars; the table has active users and adopters too. */
export function BreakdownChart({
  title,
  groupName,
  rows,
  definition,
  filename,
  testId,
}: {
  title: string;
  groupName: string;
  rows: TBreakdownRow[];
  definition: string;
  filename: string;
  testId: string;
}) {
  const data = rows.map((r) => ({ label: r.label, value: r.breadth === null ? 0 : r.breadth * 100 }));
  const header = [groupName, "Active users", "Adopters", "Breadth"];
  const csvRows = rows.map((r) => [r.label, r.active, r.adopters, r.breadth]);
  return (
    <ChartCard
      title={title}
      definition={definition}
      testId={testId}
      height={Math.max(120, 36 * rows.length + 40)}
      action={<CsvButton filename={filename} header={header} rows={csvRows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke="#f5f5f4" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => (typeof v === "number" ? `${v.toFixed(1)}%` : "")} />
            <Bar dataKey="value" name="Breadth" fill="#237556" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
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
            {rows.map((r) => (
              <tr key={r.key ?? "none"}>
                <td className="px-2 py-1">{r.label}</td>
                <td className="px-2 py-1 tabular-nums">{r.active}</td>
                <td className="px-2 py-1 tabular-nums">{r.adopters}</td>
                <td className="px-2 py-1 tabular-nums">{formatPercent(r.breadth, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
