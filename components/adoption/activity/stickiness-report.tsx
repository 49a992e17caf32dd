"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { ChartCard } from "@/components/charts/chart-card";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading, PageHeader } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import type { TStickinessReport } from "@/server/analytics/activity-schemas";
import { activeDefinition, STICKINESS_DEFINITIONS } from "@/server/analytics/definitions/activity";
import {
  ActivityPicker,
  rangeErrorOf,
  NoActivity,
  ReportError,
  ReportOptions,
  useActivityName,
} from "./activity-controls";
import { DataTable } from "./data-table";
import { count, pct, percent, span } from "./format";
import { activityFromParams, useReportParams } from "./use-report-params";
import { CHART_PROPS } from "@/components/charts/chart-theme";

/** Beyond this many days the lines are weekly means, or the chart is a comb. */
const DAILY_UP_TO = 62;
const SERIES_HEADER = ["From", "To", "DAU", "WAU", "MAU", "DAU/MAU %", "DAU/WAU %", "WAU/MAU %"];
const round1 = (x: number) => Math.round(x * 10) / 10;

function RatioChart({ report }: { report: TStickinessReport }) {
  const weekly = report.daily.length > DAILY_UP_TO;
  const points = weekly ? report.weekly : report.daily;
  const data = points.map((p) => ({
    label: span(p.from, p.to),
    dauMau: pct(p.dauMau),
    dauWau: pct(p.dauWau),
    wauMau: pct(p.wauMau),
  }));
  const rows = points.map((p) => [
    p.from,
    p.to,
    round1(p.dau),
    round1(p.wau),
    round1(p.mau),
    pct(p.dauMau),
    pct(p.dauWau),
    pct(p.wauMau),
  ]);
  return (
    <ChartCard
      title={weekly ? "Stickiness, weekly means" : "Stickiness per day"}
      definition={`${STICKINESS_DEFINITIONS.dauMau} ${STICKINESS_DEFINITIONS.dauWau} ${STICKINESS_DEFINITIONS.wauMau}${weekly ? ` ${STICKINESS_DEFINITIONS.weekly}` : ""}`}
      testId="stickiness-chart"
      action={<CsvButton filename="stickiness.csv" header={SERIES_HEADER} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis unit="%" domain={[0, 100]} tick={{ fontSize: 11 }} width={44} />
            <Tooltip formatter={(v) => (v === null ? "n/a" : `${v}%`)} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line dataKey="dauMau" name="DAU/MAU" stroke="#237556" strokeWidth={2} dot={false} />
            <Line dataKey="dauWau" name="DAU/WAU" stroke="#1d4ed8" dot={false} />
            <Line dataKey="wauMau" name="WAU/MAU" stroke="#b45309" dot={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Active counts and stickiness ratios"
          header={SERIES_HEADER}
          rows={points.map((p) => [
            p.from,
            p.to,
            round1(p.dau),
            round1(p.wau),
            round1(p.mau),
            percent(p.dauMau),
            percent(p.dauWau),
            percent(p.wauMau),
          ])}
        />
      }
    />
  );
}

function ActiveDaysChart({ report }: { report: TStickinessReport }) {
  const a = report.activeDays;
  const header = ["Active days", report.unit === "accounts" ? "Accounts" : "Users"];
  const rows = a.histogram.map((h) => [h.days, h.count]);
  return (
    <ChartCard
      title={`Active days, ${span(a.from, a.to)}`}
      definition={STICKINESS_DEFINITIONS.activeDays}
      testId="active-days-chart"
      action={<CsvButton filename="active-days.csv" header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={a.histogram} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="days" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={44} />
            <Tooltip labelFormatter={(d) => `${d} active day${d === 1 ? "" : "s"}`} />
            <Bar dataKey="count" name={header[1]} fill="#237556" radius={[2, 2, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<DataTable caption="Subjects by active days in the last 30 days" header={header} rows={rows} />}
    />
  );
}

/** DAU/MAU, DAU/WAU and WAU/MAU over the period, and how many days the active ones were active. */
export function StickinessReport() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useAdoptionFilter();
  const rangeError = rangeErrorOf(filter);
  const [params, setParams] = useReportParams();
  const active = activityFromParams(params);
  const query = useQuery({
    ...trpc.adoptionActivity.stickiness.queryOptions({ workspaceId: ws.id, ...filter, ...active }),
    enabled: !rangeError,
    placeholderData: keepPreviousData,
  });
  const names = useActivityName(active);
  const r = query.data;
  return (
    <div className="space-y-6">
      <PageHeader title="Stickiness" description={activeDefinition(names, filter.unit ?? "users")} />
      <AdoptionFilters value={filter} onChange={setFilter} units error={rangeError} />
      <ReportOptions>
        <ActivityPicker value={params.get("active") ?? ""} onChange={(v) => setParams({ active: v })} />
      </ReportOptions>
      {query.error ? (
        <ReportError what="stickiness" message={errorMessage(query.error)} />
      ) : !r ? (
        <Loading label={rangeError ? "Fix the dates above." : undefined} />
      ) : r.daily.every((d) => d.mau === 0) ? (
        <NoActivity unit={r.unit} />
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Metric
              label="DAU/MAU"
              value={percent(r.average.dauMau)}
              definition={`${STICKINESS_DEFINITIONS.dauMau} ${STICKINESS_DEFINITIONS.headline}`}
              testId="metric-dau-mau"
            />
            <Metric label="DAU/WAU" value={percent(r.average.dauWau)} definition={STICKINESS_DEFINITIONS.dauWau} />
            <Metric label="WAU/MAU" value={percent(r.average.wauMau)} definition={STICKINESS_DEFINITIONS.wauMau} />
            <Metric
              label="Active 10+ of 30 days"
              value={`${percent(r.activeDays.tenOrMoreShare)} · ${count(r.activeDays.tenOrMore)}`}
              definition={STICKINESS_DEFINITIONS.activeDays}
            />
          </div>
          <RatioChart report={r} />
          <ActiveDaysChart report={r} />
        </>
      )}
    </div>
  );
}
