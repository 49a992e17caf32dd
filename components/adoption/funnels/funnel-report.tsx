"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "@/components/charts/chart-card";
import { CHART_PROPS } from "@/components/charts/chart-theme";
import { HorizontalBarChart, horizontalBarsHeight, type BarRow } from "@/components/charts/horizontal-bar-chart";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { CsvButton } from "@/components/ui/csv-button";
import { downloadCsv } from "@/components/ui/download-csv";
import { errorMessage } from "@/components/ui/errors";
import { FUNNEL_DEFINITIONS } from "@/server/funnels/definitions";
import type { TFunnelReport, TFunnelReportInput } from "@/server/funnels/schemas";
import { formatDuration } from "@/server/onboarding/reports/format";
import { DataTable } from "../activity/data-table";
import { count, percent, span } from "../activity/format";

type ReportInput = Omit<TFunnelReportInput, "segment" | "unit" | "breakdown"> & Partial<TFunnelReportInput>;

/** Who dropped off after step `reached`, and what they did instead; CSV of up to 5,000. */
function DropOff({ input, reached, unit }: { input: ReportInput; reached: number; unit: "users" | "accounts" }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery(trpc.funnel.dropOff.queryOptions({ workspaceId: ws.id, ...input, reached }));
  const queryClient = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const all = await queryClient.fetchQuery(
        trpc.funnel.dropOff.queryOptions({ workspaceId: ws.id, ...input, reached, format: "csv" }),
      );
      if (all.csv) downloadCsv(`funnel-dropped-after-step-${reached}.csv`, all.csv);
    } catch (error) {
      setExportError(errorMessage(error as Parameters<typeof errorMessage>[0]));
    } finally {
      setExporting(false);
    }
  };
  const d = query.data;
  const base = `/w/${ws.slug}/${unit === "users" ? "users" : "accounts"}`;
  return (
    <div className="mt-3 rounded-md bg-stone-50 p-3 text-sm" data-testid="funnel-drop-off">
      {query.error ? (
        <p className="text-red-700">Could not load the list: {errorMessage(query.error)}</p>
      ) : !d ? (
        <Loading />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <div>
            <div className="flex items-center justify-between gap-2">
              <p className="font-medium text-stone-800">
                {count(d.total)} {unit} dropped after step {reached}
                {d.total > d.subjects.length ? ` (first ${d.subjects.length} listed)` : ""}
              </p>
              <Button
                variant="secondary"
                size="sm"
                disabled={d.total === 0 || exporting}
                onClick={() => void exportCsv()}
              >
                {exporting ? "Preparing…" : "Download CSV"}
              </Button>
            </div>
            {exportError ? <p className="text-xs text-red-700">{exportError}</p> : null}
            <ul className="mt-2 max-h-64 space-y-1 overflow-auto">
              {d.subjects.map((s) => (
                <li key={s.id}>
                  <Link className="text-brand-700 hover:underline" href={`${base}/${s.id}`}>
                    {s.name ? `${s.name} · ${s.externalId}` : s.externalId}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <p className="font-medium text-stone-800">What they did instead</p>
            <DataTable
              caption="Events of the subjects who dropped off"
              header={["Event", "Users", "Calls"]}
              rows={d.didInstead.map((e) => [e.event, e.users, e.calls])}
            />
          </div>
        </div>
      )}
    </div>
  );
}

function Steps({ report, input }: { report: TFunnelReport; input: ReportInput }) {
  const [open, setOpen] = useState<number | null>(null);
  const rows: BarRow[] = report.steps.map((s, i) => ({
    key: String(i),
    label: `${i + 1}. ${s.label}`,
    fraction: s.fromFirst,
    value: `${count(s.count)} · ${percent(s.fromFirst)}`,
    note:
      i === 0
        ? "entered"
        : `${percent(s.fromPrevious)} of step ${i} · median ${formatDuration(s.medianMsFromPrevious)}`,
    tone: i === report.steps.length - 1 ? "strong" : "brand",
  }));
  const header = ["Step", "Reached", "% of entered", "% of previous", "Median time from previous"];
  const table = report.steps.map((s, i) => [
    `${i + 1}. ${s.label}`,
    s.count,
    percent(s.fromFirst),
    i === 0 ? null : percent(s.fromPrevious),
    i === 0 ? null : formatDuration(s.medianMsFromPrevious),
  ]);
  return (
    <ChartCard
      title="Conversion by step"
      definition={`${FUNNEL_DEFINITIONS.funnel} ${FUNNEL_DEFINITIONS.steps}`}
      testId="funnel-steps"
      height={horizontalBarsHeight(rows)}
      action={<CsvButton filename="funnel.csv" header={header} rows={table} />}
      chart={<HorizontalBarChart rows={rows} />}
      table={<DataTable caption="Subjects per funnel step" header={header} rows={table} />}
      footer={
        <div className="space-y-2 border-t border-stone-100 pt-3">
          <p className="text-xs text-stone-500">{FUNNEL_DEFINITIONS.dropOff}</p>
          <div className="flex flex-wrap gap-2">
            {report.steps.slice(0, -1).map((s, i) => {
              const dropped = s.count - report.steps[i + 1]!.count;
              return (
                <Button
                  key={i}
                  variant={open === i + 1 ? "primary" : "secondary"}
                  size="sm"
                  aria-expanded={open === i + 1}
                  disabled={dropped === 0}
                  onClick={() => setOpen(open === i + 1 ? null : i + 1)}
                >
                  Dropped after step {i + 1}: {count(dropped)}
                </Button>
              );
            })}
          </div>
          {open !== null ? <DropOff input={input} reached={open} unit={report.unit} /> : null}
        </div>
      }
    />
  );
}

function TimeToConvert({ report }: { report: TFunnelReport }) {
  const t = report.timeToConvert;
  const header = ["Time to convert", report.unit === "accounts" ? "Accounts" : "Users"];
  const rows = t.buckets.map((b) => [b.label, b.count]);
  return (
    <ChartCard
      title={`Time to convert · median ${formatDuration(t.medianMs)}`}
      definition={FUNNEL_DEFINITIONS.timeToConvert}
      testId="funnel-time-to-convert"
      action={<CsvButton filename="time-to-convert.csv" header={header} rows={rows} />}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...CHART_PROPS} data={t.buckets} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={44} />
            <Tooltip />
            <Bar dataKey="count" name={header[1]} fill="#237556" radius={[2, 2, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={<DataTable caption="Converted subjects by time to convert" header={header} rows={rows} />}
    />
  );
}

function Breakdown({ report }: { report: TFunnelReport }) {
  const last = report.steps.length - 1;
  const header = ["Group", "Entered", ...report.steps.slice(1).map((s, i) => `${i + 2}. ${s.label}`), "Conversion"];
  const rows = report.groups.map((g) => [
    g.group,
    g.steps[0]!.count,
    ...g.steps.slice(1).map((s) => `${count(s.count)} (${percent(s.fromPrevious)})`),
    percent(g.steps[last]!.fromFirst),
  ]);
  return (
    <Card
      title="Breakdown"
      description={FUNNEL_DEFINITIONS.breakdown}
      action={<CsvButton filename="funnel-breakdown.csv" header={header} rows={rows} />}
    >
      <div className="overflow-x-auto" data-testid="funnel-breakdown-table">
        <DataTable caption="Funnel steps per group" header={header} rows={rows} />
      </div>
    </Card>
  );
}

/** The funnel's figures: headline, steps with drop-offs, time to convert, breakdown. */
export function FunnelReportView({ input }: { input: ReportInput }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const query = useQuery(trpc.funnel.report.queryOptions({ workspaceId: ws.id, ...input }));
  const r = query.data;
  if (query.error)
    return (
      <p className="text-sm text-red-700" role="status">
        Could not load the funnel: {errorMessage(query.error)}
      </p>
    );
  if (!r) return <Loading label="Counting the funnel…" />;
  const first = r.steps[0]!;
  const last = r.steps[r.steps.length - 1]!;
  return (
    <div className="space-y-6" data-testid="funnel-report">
      <div className="grid gap-3 sm:grid-cols-3">
        <Metric
          label={`Entered, ${span(r.from, r.to)}`}
          value={count(first.count)}
          definition={`${r.unit === "accounts" ? "Accounts" : "Users"} with a first-step event in the period.`}
          testId="funnel-entered"
        />
        <Metric
          label="Converted"
          value={`${count(last.count)} · ${percent(last.fromFirst)}`}
          definition={`Reached the last step within ${formatDuration(r.windowHours * 3_600_000)} of entering.`}
          testId="funnel-converted"
        />
        <Metric
          label="Median time to convert"
          value={formatDuration(r.timeToConvert.medianMs)}
          definition={FUNNEL_DEFINITIONS.timeToConvert}
        />
      </div>
      {first.count === 0 ? (
        <p className="text-sm text-stone-600">
          Nobody did the first step in this period: try a longer period or another first event.
        </p>
      ) : (
        <>
          <Steps report={r} input={input} />
          {r.steps.length > 1 ? <TimeToConvert report={r} /> : null}
          {r.groups.length > 0 ? <Breakdown report={r} /> : null}
        </>
      )}
    </div>
  );
}
