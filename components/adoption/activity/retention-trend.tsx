"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CsvButton } from "@/components/ui/csv-button";
import { RETENTION_DEFINITIONS } from "@/server/analytics/definitions/activity";
import type { TRetentionReport } from "@/server/analytics/activity-schemas";
import { DataTable } from "./data-table";
import { count, pct, percent, span } from "./format";
import { CHART_PROPS } from "@/components/charts/chart-theme";

const HEADER = ["Period", "Retention %", "Started", "Retained", "Lost", "New"];

/** Retention of the chosen period and of the periods of the same length before it. */
export function RetentionTrend({ report }: { report: TRetentionReport }) {
  const data = report.trend.map((p) => ({ label: span(p.from, p.to), rate: pct(p.rate) }));
  const rows = report.trend.map((p) => [`${p.from} – ${p.to}`, pct(p.rate), p.started, p.retained, p.lost, p.new]);
  return (
    <ChartCard
      title="Retention, this period and the ones before"
      definition={RETENTION_DEFINITIONS.trend}
      testId="retention-trend"
      action={<CsvButton filename="retention-trend.csv" header={HEADER} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 11 }} width={44} />
            <Tooltip formatter={(v) => (v === null ? "n/a" : `${v}%`)} />
            <Bar dataKey="rate" name="Retention" fill="#237556" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Retention per period"
          header={HEADER}
          rows={report.trend.map((p) => [
            span(p.from, p.to),
            percent(p.rate),
            count(p.started),
            count(p.retained),
            count(p.lost),
            count(p.new),
          ])}
        />
      }
    />
  );
}
