"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { FUNNEL_DEFINITIONS } from "@/server/onboarding/reports/definitions";
import { formatDuration, formatRate } from "@/server/onboarding/reports/format";
import type { TFunnelReport } from "@/server/onboarding/reports/schemas";
import { FunnelChart } from "./funnel-chart";
import { ImpactChart } from "./impact-chart";
import { Metric } from "./metric";
import { ReportFilters, type ReportFilterValues } from "./report-filters";
import { StallList } from "./stall-list";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters live in the URL (?persona=&from=&to=) so a filtered report can be shared. */
function useFilters(): [ReportFilterValues, (next: ReportFilterValues) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const day = (key: string) => {
    const v = params.get(key);
    return v && DAY.test(v) ? v : undefined;
  };
  const value: ReportFilterValues = { personaId: params.get("persona") || undefined, from: day("from"), to: day("to") };
  const set = (next: ReportFilterValues) => {
    const q = new URLSearchParams();
    if (next.personaId) q.set("persona", next.personaId);
    if (next.from) q.set("from", next.from);
    if (next.to) q.set("to", next.to);
    const query = q.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return [value, set];
}

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

const STATUS_STYLE: Record<TFunnelReport["checklist"]["status"], string> = {
  live: "bg-brand-50 text-brand-700 ring-brand-100",
  draft: "bg-stone-100 text-stone-600 ring-stone-200",
  archived: "bg-stone-100 text-stone-500 ring-stone-200",
};

function NothingSeen({
  report,
  filtered,
  installHref,
}: {
  report: TFunnelReport;
  filtered: boolean;
  installHref: string;
}) {
  if (filtered) {
    return (
      <EmptyState title="No one who saw this checklist matches these filters">
        Widen the date range or choose another persona.
      </EmptyState>
    );
  }
  if (report.checklist.status !== "live") {
    return (
      <EmptyState title="No one has seen this checklist yet">
        It is {report.checklist.status}: make it live and embed the widget (see{" "}
        <Link href={installHref} className="font-medium text-brand-700 underline">
          Install
        </Link>
        ) so targeted users see it.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No one has seen this checklist yet">
      It is live, but no targeted user has displayed it: embed the widget in your product (see{" "}
      <Link href={installHref} className="font-medium text-brand-700 underline">
        Install
      </Link>
      ) and check that its targeting matches your users.
    </EmptyState>
  );
}

/** The reports of one checklist: funnel, stalls and guide impact, filtered by persona and date. */
export function OnboardingReports({ checklistId }: { checklistId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [filters, setFilters] = useFilters();
  const rangeError =
    filters.from && filters.to && filters.from > filters.to ? "The start date must not be after the end date" : null;
  const input = { workspaceId: ws.id, checklistId, ...filters };
  const enabled = rangeError === null;
  const funnel = useQuery({
    ...trpc.onboardingReport.funnel.queryOptions(input),
    enabled,
    placeholderData: keepPreviousData,
  });
  const impact = useQuery({
    ...trpc.onboardingReport.impact.queryOptions(input),
    enabled,
    placeholderData: keepPreviousData,
  });
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const listHref = `/w/${ws.slug}/onboarding`;
  const filtered = Boolean(filters.personaId || filters.from || filters.to);

  if (codeOf(funnel.error) === "NOT_FOUND" || codeOf(impact.error) === "NOT_FOUND") {
    return (
      <EmptyState title="Checklist not found">
        It may have been deleted, or it belongs to another workspace.{" "}
        <Link href={listHref} className="font-medium text-brand-700 underline">
          Back to checklists
        </Link>
      </EmptyState>
    );
  }

  const report = funnel.data;
  return (
    <div className="space-y-6">
      <Link href={listHref} className="text-sm text-stone-500 hover:text-stone-800">
        ← Checklists
      </Link>
      <PageHeader
        title={report ? `${report.checklist.title}: reports` : "Checklist reports"}
        description="How far users get through this checklist, where they stall, and whether it moves the goal compared with users who never see it."
        action={
          report ? (
            <span
              className={`rounded-full px-2.5 py-1 text-xs font-medium ring-1 ${STATUS_STYLE[report.checklist.status]}`}
            >
              {report.checklist.status} · {report.checklist.holdoutPercent}% holdout
            </span>
          ) : null
        }
      />

      <ReportFilters value={filters} personas={personas.data?.personas} onChange={setFilters} error={rangeError} />

      <Card title="Funnel" action={funnel.isFetching && report ? <Loading label="Updating…" /> : null}>
        {funnel.error ? (
          <p className="text-sm text-red-700" role="status">
            Could not load the funnel: {errorMessage(funnel.error)}
          </p>
        ) : !report ? (
          <Loading label="Loading the funnel…" />
        ) : report.steps.length === 0 ? (
          <EmptyState title="This checklist has no items">
            Add items to the checklist: each one completes when its event is tracked.
          </EmptyState>
        ) : report.seen === 0 ? (
          <NothingSeen report={report} filtered={filtered} installHref={`/w/${ws.slug}/install`} />
        ) : (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
            <FunnelChart report={report} />
            <div className="space-y-3">
              <Metric
                label="Completion rate"
                value={formatRate(report.completed.rate)}
                definition={FUNNEL_DEFINITIONS.completed}
                testId="metric-completion-rate"
              />
              <Metric
                label="Median time to complete"
                value={formatDuration(report.medianTimeToCompleteMs)}
                definition={FUNNEL_DEFINITIONS.medianTimeToComplete}
                testId="metric-median-time"
              />
              <Metric
                label="Dismissed"
                value={`${report.dismissed.count.toLocaleString("en-US")} · ${formatRate(report.dismissed.rate)}`}
                definition={FUNNEL_DEFINITIONS.dismissed}
                testId="metric-dismissed"
              />
            </div>
          </div>
        )}
      </Card>

      <Card title="Where users stall">
        {funnel.error ? (
          <p className="text-sm text-red-700" role="status">
            Could not load stalls: {errorMessage(funnel.error)}
          </p>
        ) : !report ? (
          <Loading />
        ) : report.seen === 0 && report.stalls.length > 0 ? (
          <p className="text-sm text-stone-500">Stalls appear once users have seen the checklist.</p>
        ) : (
          <StallList stalls={report.stalls} hasItems={report.steps.length > 0} />
        )}
      </Card>

      <Card title="Guide impact" action={impact.isFetching && impact.data ? <Loading label="Updating…" /> : null}>
        {impact.error ? (
          <p className="text-sm text-red-700" role="status">
            Could not load the impact: {errorMessage(impact.error)}
          </p>
        ) : !impact.data ? (
          <Loading label="Loading the impact…" />
        ) : (
          <ImpactChart report={impact.data} />
        )}
      </Card>
    </div>
  );
}
