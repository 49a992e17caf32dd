"use client";

import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CsvButton } from "@/components/ui/csv-button";
import { COHORT_DEFINITIONS } from "@/server/analytics/definitions/activity";
import type { TCohortsReport } from "@/server/analytics/activity-schemas";
import { DataTable } from "./data-table";
import { pct, percent } from "./format";
import { CHART_PROPS } from "@/components/charts/chart-theme";

const COLORS = ["#b45309", "#1d4ed8", "#7c3aed", "#be123c", "#0f766e", "#4d7c0f", "#a16207", "#57534e"];

/** The average retention curve, and one curve per persona when users are counted. */
export function CohortCurve({ report }: { report: TCohortsReport }) {
  const [unbounded, setUnbounded] = useState(false);
  const key = unbounded ? "onOrAfter" : "on";
  const data = report.average.map((p, n) => {
    const row: Record<string, number | null> = { week: n, average: pct(p[key]) };
    report.personas.forEach((persona, i) => (row[`p${i}`] = pct(persona.curve[n]?.[key] ?? null)));
    return row;
  });
  const header = ["Week", "Average %", "Cohorts", "Size", ...report.personas.map((p) => `${p.name} %`)];
  const rows = report.average.map((p, n) => [
    n,
    pct(p[key]),
    p.cohorts,
    p.size,
    ...report.personas.map((persona) => pct(persona.curve[n]?.[key] ?? null)),
  ]);
  return (
    <ChartCard
      title="Average retention curve"
      definition={`${COHORT_DEFINITIONS.average} ${report.personas.length > 0 ? COHORT_DEFINITIONS.persona : ""}`}
      testId="cohort-curve"
      action={
        <>
          <label className="flex items-center gap-1 text-xs text-stone-600">
            <input type="checkbox" checked={unbounded} onChange={(e) => setUnbounded(e.target.checked)} />
            On or after
          </label>
          <CsvButton filename="retention-curve.csv" header={header} rows={rows} />
        </>
      }
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="week"
              tick={{ fontSize: 11 }}
              label={{ value: "Week", position: "insideBottomRight", offset: -4, fontSize: 11 }}
            />
            <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 11 }} width={44} />
            <Tooltip formatter={(v) => (v === null ? "n/a" : `${v}%`)} labelFormatter={(w) => `Week ${w}`} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line dataKey="average" name="All cohorts" stroke="#237556" strokeWidth={2.5} connectNulls={false} />
            {report.personas.map((p, i) => (
              <Line
                key={p.personaId ?? "none"}
                dataKey={`p${i}`}
                name={p.name}
                stroke={COLORS[i % COLORS.length]}
                strokeDasharray="4 3"
                dot={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Average share of the cohorts active per week"
          header={header}
          rows={report.average.map((p, n) => [
            `Week ${n}`,
            percent(p[key]),
            p.cohorts,
            p.size,
            ...report.personas.map((persona) => percent(persona.curve[n]?.[key] ?? null)),
          ])}
        />
      }
    />
  );
}
