"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { ChartCard } from "@/components/charts/chart-card";
import { Definition, Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading, PageHeader } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { errorMessage } from "@/components/ui/errors";
import { Field, Select } from "@/components/ui/field";
import { ZGranularity, type Granularity } from "@/server/analytics/activity-schemas";
import { activeDefinition, LIFECYCLE_DEFINITIONS } from "@/server/analytics/definitions/activity";
import {
  ActivityPicker,
  rangeErrorOf,
  NoActivity,
  ReportError,
  ReportOptions,
  useActivityName,
} from "./activity-controls";
import { DataTable } from "./data-table";
import { count, ratio, span } from "./format";
import { activityFromParams, useReportParams } from "./use-report-params";
import { CHART_PROPS } from "@/components/charts/chart-theme";

const STATES = [
  { key: "new", label: "New", color: "#237556" },
  { key: "current", label: "Current", color: "#6b9e87" },
  { key: "resurrected", label: "Resurrected", color: "#1d4ed8" },
  { key: "dormant", label: "Dormant", color: "#b91c1c" },
] as const;
const HEADER = ["Interval", "From", "To", "New", "Current", "Resurrected", "Dormant", "Active", "Quick ratio"];

/** New, current, resurrected and dormant per day, week or month, dormant drawn below zero. */
export function LifecycleReport() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useAdoptionFilter();
  const rangeError = rangeErrorOf(filter);
  const [params, setParams] = useReportParams();
  const active = activityFromParams(params);
  const parsed = ZGranularity.safeParse(params.get("by"));
  const granularity: Granularity = parsed.success ? parsed.data : "week";
  const query = useQuery({
    ...trpc.adoptionActivity.lifecycle.queryOptions({ workspaceId: ws.id, ...filter, ...active, granularity }),
    enabled: !rangeError,
    placeholderData: keepPreviousData,
  });
  const names = useActivityName(active);
  const r = query.data;
  const data = (r?.intervals ?? []).map((i) => ({
    label: span(i.from, i.to),
    new: i.new,
    current: i.current,
    resurrected: i.resurrected,
    dormant: -i.dormant,
  }));
  const rows = (r?.intervals ?? []).map((i) => [
    span(i.from, i.to),
    i.from,
    i.to,
    i.new,
    i.current,
    i.resurrected,
    i.dormant,
    i.active,
    i.quickRatio === null ? null : Math.round(i.quickRatio * 100) / 100,
  ]);

  return (
    <div className="space-y-6">
      <PageHeader title="Lifecycle" description={activeDefinition(names, filter.unit ?? "users")} />
      <AdoptionFilters value={filter} onChange={setFilter} units error={rangeError} />
      <ReportOptions>
        <ActivityPicker value={params.get("active") ?? ""} onChange={(v) => setParams({ active: v })} />
        <Field label="Per">
          <Select
            data-testid="lifecycle-granularity"
            value={granularity}
            onChange={(e) => setParams({ by: e.target.value === "week" ? undefined : e.target.value })}
          >
            <option value="day">Day</option>
            <option value="week">Week (Monday to Sunday)</option>
            <option value="month">Month</option>
          </Select>
        </Field>
      </ReportOptions>

      {query.error ? (
        <ReportError what="the lifecycle" message={errorMessage(query.error)} />
      ) : !r ? (
        <Loading label={rangeError ? "Fix the dates above." : undefined} />
      ) : r.intervals.every((i) => i.active === 0 && i.dormant === 0) ? (
        <NoActivity unit={r.unit} />
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Metric
              label="Quick ratio"
              value={ratio(r.overall.quickRatio)}
              definition={LIFECYCLE_DEFINITIONS.quickRatio}
              testId="metric-quick-ratio"
            />
            <Metric label="New" value={count(r.overall.new)} definition={LIFECYCLE_DEFINITIONS.new} />
            <Metric
              label="Resurrected"
              value={count(r.overall.resurrected)}
              definition={LIFECYCLE_DEFINITIONS.resurrected}
            />
            <Metric label="Dormant" value={count(r.overall.dormant)} definition={LIFECYCLE_DEFINITIONS.dormant} />
          </div>
          <ChartCard
            title={`Lifecycle per ${granularity}`}
            definition={
              <>
                {LIFECYCLE_DEFINITIONS.current} {LIFECYCLE_DEFINITIONS.intervals}
              </>
            }
            testId="lifecycle-chart"
            height={300}
            action={<CsvButton filename={`lifecycle-${granularity}.csv`} header={HEADER} rows={rows} />}
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  {...CHART_PROPS}
                  data={data}
                  stackOffset="sign"
                  margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={12} />
                  <YAxis tick={{ fontSize: 11 }} width={44} />
                  <Tooltip formatter={(v) => count(Math.abs(Number(v)))} />
                  <Legend wrapperStyle={{ fontSize: 12 }} />
                  <ReferenceLine y={0} stroke="#78716c" />
                  {STATES.map((s) => (
                    <Bar key={s.key} dataKey={s.key} name={s.label} stackId="life" fill={s.color} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            }
            table={
              <DataTable
                caption="Lifecycle per interval"
                header={HEADER.filter((_, i) => i !== 1 && i !== 2)}
                rows={rows.map((row) => [row[0]!, ...row.slice(3)])}
              />
            }
          />
          <Definition>{LIFECYCLE_DEFINITIONS.intervals}</Definition>
        </>
      )}
    </div>
  );
}
