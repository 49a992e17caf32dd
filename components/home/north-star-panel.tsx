"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { ChartCard } from "@/components/charts/chart-card";
import { CHART_PROPS } from "@/components/charts/chart-theme";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { NORTH_STAR_DEFINITIONS } from "@/server/north-star/definitions";
import type { AdoptionFilterInput } from "@/server/analytics/schemas";
import type { TNorthStarReport, TNorthStarWeek } from "@/server/north-star/schemas";
import { formatDuration } from "@/server/onboarding/reports/format";
import { DataTable } from "../adoption/activity/data-table";
import { count, percent, shortDate } from "../adoption/activity/format";

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function metricLabel(r: TNorthStarReport): string {
  const m = r.config!.metric;
  if (m.kind === "events") return `${m.event} calls per week`;
  if (m.kind === "doers") return `${m.unit} doing ${m.event} ${m.minPerWeek}+ times a week`;
  return `${m.unit} using ${r.featureName ?? "the feature"} each week`;
}

function signed(change: number | null): string {
  if (change === null) return "no week before to compare";
  return `${change >= 0 ? "+" : "−"}${percent(Math.abs(change))} vs the week before`;
}

type Small = {
  key: string;
  unit?: string;
  title: string;
  definition: string;
  format: (v: number | null) => string;
};
type Point = { from: string; value: number | null };

function SmallMultiple({ s, points, pending }: { s: Small; points: Point[]; pending?: boolean }) {
  const data = points.map((p) => ({ label: shortDate(p.from), value: p.value }));
  const last = points[points.length - 1];
  return (
    <ChartCard
      title={`${s.title}: ${pending ? "…" : last ? s.format(last.value) : "n/a"}`}
      definition={s.definition}
      testId={`north-star-input-${s.key}`}
      height={120}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <LineChart {...CHART_PROPS} data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <XAxis dataKey="label" tick={{ fontSize: 10 }} minTickGap={20} />
            <YAxis tick={{ fontSize: 10 }} width={44} unit={s.unit} />
            <Tooltip formatter={(v) => s.format(typeof v === "number" ? v : null)} />
            <Line dataKey="value" name={s.title} stroke="#237556" strokeWidth={2} dot={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption={`${s.title} per week`}
          header={["Week from", s.title]}
          rows={points.map((p) => [p.from, s.format(p.value)])}
        />
      }
    />
  );
}

/** Efficiency reads event times: its own query, so the rest of the page does not wait for it. */
function Efficiency({ r, filter }: { r: TNorthStarReport; filter: AdoptionFilterInput }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const c = r.config!;
  const query = useQuery({
    ...trpc.northStar.efficiency.queryOptions({ workspaceId: ws.id, ...filter }),
    enabled: c.efficiency !== null,
    placeholderData: keepPreviousData,
  });
  const s: Small = {
    key: "efficiency",
    unit: " h",
    title: c.efficiency ? `Efficiency (${c.efficiency.from} → ${c.efficiency.to})` : "Efficiency",
    definition: c.efficiency
      ? `Efficiency: ${NORTH_STAR_DEFINITIONS.efficiency}${query.error ? ` Could not load it: ${errorMessage(query.error)}` : ""}`
      : "Efficiency is off: choose two events in Settings → North Star.",
    format: (v) => (v === null ? "n/a" : formatDuration(v * 3_600_000)),
  };
  const points = (query.data?.weeks ?? []).map((w) => ({
    from: w.from,
    value: round1(w.medianMs === null ? null : w.medianMs / 3_600_000),
  }));
  return <SmallMultiple s={s} points={points} pending={c.efficiency !== null && !query.data && !query.error} />;
}

function Inputs({ r, filter }: { r: TNorthStarReport; filter: AdoptionFilterInput }) {
  const c = r.config!;
  const series = (value: (w: TNorthStarWeek) => number | null): Point[] =>
    r.weeks.map((w) => ({ from: w.from, value: value(w) }));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <SmallMultiple
        s={{
          key: "breadth",
          title: `Breadth (${c.coreEvent})`,
          definition: NORTH_STAR_DEFINITIONS.breadth,
          format: (v) => (v === null ? "n/a" : count(v)),
        }}
        points={series((w) => w.breadth)}
      />
      <SmallMultiple
        s={{
          key: "depth",
          unit: "%",
          title: "Depth",
          definition: NORTH_STAR_DEFINITIONS.depth,
          format: (v) => (v === null ? "n/a" : `${v}%`),
        }}
        points={series((w) => round1(w.depth === null ? null : w.depth * 100))}
      />
      <SmallMultiple
        s={{
          key: "frequency",
          title: "Frequency",
          definition: NORTH_STAR_DEFINITIONS.frequency,
          format: (v) => (v === null ? "n/a" : `${v} a week`),
        }}
        points={series((w) => round1(w.frequency))}
      />
      <Efficiency r={r} filter={filter} />
    </div>
  );
}

function Threshold({ r }: { r: TNorthStarReport }) {
  const c = r.config!;
  const unit = r.unit;
  const data = r.weeks.map((w) => ({ label: shortDate(w.from), above: w.above, below: w.below }));
  const header = ["Week from", `${c.threshold}+ times`, "Fewer (active)"];
  return (
    <ChartCard
      title={`${unit === "accounts" ? "Accounts" : "Users"} doing ${c.coreEvent} ${c.threshold}+ times a week`}
      definition={NORTH_STAR_DEFINITIONS.threshold}
      testId="north-star-threshold"
      height={200}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={44} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="above" name={`${c.threshold}+ times`} stackId="a" fill="#237556" />
            <Bar dataKey="below" name="Fewer (active)" stackId="a" fill="#d6d3d1" />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          caption="Active subjects above and below the threshold per week"
          header={header}
          rows={r.weeks.map((w) => [w.from, w.above, w.below])}
        />
      }
    />
  );
}

/** Home's North Star: weekly with its target and change, its four inputs, the threshold split. */
export function NorthStarPanel() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useAdoptionFilter();
  const query = useQuery({
    ...trpc.northStar.report.queryOptions({ workspaceId: ws.id, ...filter }),
    placeholderData: keepPreviousData,
  });
  const r = query.data;
  if (query.error)
    return <p className="text-sm text-red-700">Could not load the North Star: {errorMessage(query.error)}</p>;
  if (!r) return <Loading label="Loading the North Star…" />;
  if (!r.config)
    return (
      <EmptyState title="No North Star yet">
        Choose the weekly number your team steers by, its target and its input KPIs in{" "}
        <Link href={`/w/${ws.slug}/settings/north-star`} className="font-medium text-brand-700 underline">
          Settings → North Star
        </Link>
        .
      </EmptyState>
    );
  const c = r.config;
  const latest = r.latest!;
  const data = r.weeks.map((w) => ({ label: shortDate(w.from), value: w.northStar }));
  return (
    <section className="space-y-4" aria-labelledby="north-star-title" data-testid="north-star">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="north-star-title" className="text-lg font-semibold text-stone-900">
            North Star: {c.name}
          </h2>
          <p className="text-sm text-stone-600">
            <span className="text-2xl font-semibold tabular-nums text-stone-900" data-testid="north-star-value">
              {count(latest.value)}
            </span>{" "}
            {metricLabel(r)} · {signed(latest.change)}
            {c.target !== null ? ` · ${percent(latest.targetShare)} of the target ${count(c.target)}` : ""}
          </p>
        </div>
        <Link href={`/w/${ws.slug}/settings/north-star`} className="text-sm text-brand-700 underline">
          Change the North Star
        </Link>
      </div>
      <AdoptionFilters value={filter} onChange={setFilter} units />
      <ChartCard
        title="North Star per week"
        definition={`${NORTH_STAR_DEFINITIONS.northStar} ${NORTH_STAR_DEFINITIONS.kinds[c.metric.kind]} ${NORTH_STAR_DEFINITIONS.change}`}
        testId="north-star-chart"
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart {...CHART_PROPS} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis
                allowDecimals={false}
                tick={{ fontSize: 11 }}
                width={48}
                // The target stays in view when no week has reached it yet.
                domain={[0, (dataMax: number) => Math.max(dataMax, c.target ?? 0)]}
              />
              <Tooltip />
              {c.target !== null ? (
                <ReferenceLine
                  y={c.target}
                  stroke="#b45309"
                  strokeDasharray="4 4"
                  label={{ value: "Target", fontSize: 11, fill: "#b45309" }}
                />
              ) : null}
              <Bar dataKey="value" name={c.name} fill="#237556" radius={[2, 2, 0, 0]} />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <DataTable
            caption="North Star per week"
            header={["Week from", "Week to", c.name]}
            rows={r.weeks.map((w) => [w.from, w.to, w.northStar])}
          />
        }
      />
      <div>
        <h3 className="mb-2 text-sm font-semibold text-stone-800">Input KPIs</h3>
        <p className="text-xs text-stone-500">{NORTH_STAR_DEFINITIONS.inputs}</p>
      </div>
      <Inputs r={r} filter={filter} />
      <Threshold r={r} />
    </section>
  );
}
