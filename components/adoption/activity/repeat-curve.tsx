"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CsvButton } from "@/components/ui/csv-button";
import type { TCriticalEventReport } from "@/server/analytics/activity-schemas";
import { CRITICAL_EVENT_DEFINITIONS } from "@/server/analytics/definitions/activity";
import { DataTable } from "./data-table";
import { pct, percent } from "./format";
import { CHART_PROPS } from "@/components/charts/chart-theme";

const HEADER = ["Within days", "Repeated", "Share %"];

/** Share of repeaters who did it again within d days, with the usage interval marked. */
export function RepeatCurve({ report }: { report: TCriticalEventReport }) {
  const data = report.curve.map((p) => ({ days: p.days, share: pct(p.share) }));
  return (
    <ChartCard
      title="Time to repeat"
      definition={`${CRITICAL_EVENT_DEFINITIONS.curve} ${CRITICAL_EVENT_DEFINITIONS.gap}`}
      testId="repeat-curve"
      action={
        <CsvButton
          filename={`repeat-curve-${report.event}.csv`}
          header={HEADER}
          rows={report.curve.map((p) => [p.days, p.repeated, pct(p.share)])}
        />
      }
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="days"
              type="number"
              domain={[0, report.curve.length - 1]}
              tick={{ fontSize: 11 }}
              label={{ value: "Days after the first time", position: "insideBottomRight", offset: -4, fontSize: 11 }}
            />
            <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 11 }} width={44} />
            <Tooltip formatter={(v) => (v === null ? "n/a" : `${v}%`)} labelFormatter={(d) => `Within ${d} days`} />
            <ReferenceLine y={report.percentile} stroke="#a8a29e" strokeDasharray="4 3" />
            {report.intervalDays !== null && report.intervalDays < report.curve.length ? (
              <ReferenceLine
                x={report.intervalDays}
                stroke="#b45309"
                label={{ value: `${report.intervalDays} d`, fontSize: 11, fill: "#b45309", position: "top" }}
              />
            ) : null}
            <Line dataKey="share" name="Repeated" stroke="#237556" strokeWidth={2} dot={false} type="stepAfter" />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Repeaters who repeated within d days"
          header={HEADER}
          rows={report.curve.map((p) => [p.days, p.repeated, percent(p.share)])}
        />
      }
    />
  );
}
