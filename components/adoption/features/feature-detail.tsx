"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import {
  activeDefinition,
  adoptersDefinition,
  BREAKDOWN_DEFINITION,
  breadthDefinition,
  depthDefinition,
  durationDefinition,
  frequencyDefinition,
  QUADRANT_LABELS,
  timeToAdoptDefinition,
  TREND_DEFINITION,
} from "@/server/analytics/definitions/features";
import { AdoptingAccounts } from "./adopting-accounts";
import { BreakdownChart } from "./breakdown-chart";
import { BreadthTrendChart, DurationChart, HistogramChart } from "./detail-charts";
import { formatDays, formatNumber, formatPercent } from "./format";
import { TriedOnce } from "./tried-once";

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

/** /adoption/features/[id]: one feature's adoption, its distributions and the people behind them. */
export function FeatureDetail({ featureId }: { featureId: string }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const params = useSearchParams();
  const [filter, setFilter] = useAdoptionFilter();
  const query = useQuery({
    ...trpc.adoptionFeatures.detail.queryOptions({ workspaceId: ws.id, ...filter, featureId }),
    placeholderData: keepPreviousData,
  });
  const detail = query.data;
  const back = `/w/${ws.slug}/adoption${params.toString() ? `?${params.toString()}` : ""}`;

  if (codeOf(query.error) === "NOT_FOUND")
    return (
      <EmptyState title="Feature not found">
        <Link href={back} className="text-brand-700 hover:underline">
          Back to all features
        </Link>
      </EmptyState>
    );

  const unit = filter.unit ?? "users";
  const s = detail?.stats;
  const file = (what: string) =>
    `${detail?.feature.name ?? "feature"}-${what}-${detail?.period.from}-${detail?.period.to}.csv`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={detail?.feature.name ?? "Feature"}
        description={
          <>
            {detail?.feature.description ? <span className="block">{detail.feature.description}</span> : null}
            {s ? (
              <span className="block">
                {s.core ? "Core feature · " : ""}
                {s.releasedOn ? `Released ${s.releasedOn}` : "No release date"} · {QUADRANT_LABELS[s.quadrant]} in the
                engagement matrix
              </span>
            ) : null}
          </>
        }
        action={
          <Link href={back} className="text-sm text-brand-700 hover:underline">
            ← All features
          </Link>
        }
      />
      <AdoptionFilters
        value={filter}
        onChange={setFilter}
        units
        error={codeOf(query.error) === "BAD_REQUEST" ? errorMessage(query.error) : null}
      />
      {!detail || !s ? (
        query.isLoading ? (
          <Loading />
        ) : null
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <Metric
              label="Adopters"
              value={s.adopters.toLocaleString("en-US")}
              definition={`${adoptersDefinition(unit)} ${activeDefinition(unit)} ${s.active.toLocaleString("en-US")} active.`}
              testId="feature-adopters"
            />
            <Metric
              label="Breadth"
              value={formatPercent(s.breadth, 1)}
              definition={breadthDefinition(unit)}
              testId="feature-breadth"
            />
            <Metric
              label="Frequency"
              value={`${formatNumber(s.frequency, 2)} d/wk`}
              definition={frequencyDefinition(unit)}
            />
            <Metric label="Median depth" value={formatNumber(s.depth.median, 2)} definition={depthDefinition(unit)} />
            <Metric
              label="Median time to adopt"
              value={formatDays(s.timeToAdopt.median)}
              definition={timeToAdoptDefinition(unit)}
            />
          </div>
          <BreadthTrendChart
            trend={s.trend}
            definition={`${TREND_DEFINITION} ${breadthDefinition(unit)}`}
            filename={file("breadth")}
          />
          <div className="grid gap-6 lg:grid-cols-2">
            <HistogramChart
              title="Depth distribution"
              definition={`${depthDefinition(unit)} Bars: how many adopters fall in each range of uses per active day (n = ${s.depth.n}).`}
              buckets={detail.depthHistogram}
              bucketName="Uses per active day"
              filename={file("depth")}
              testId="feature-depth"
            />
            <HistogramChart
              title="Time to adopt"
              definition={`${timeToAdoptDefinition(unit)} Bars: how many took each number of days (n = ${s.timeToAdopt.n}).`}
              buckets={detail.timeToAdoptHistogram}
              bucketName="Days to first use"
              filename={file("time-to-adopt")}
              testId="feature-time-to-adopt"
            />
          </div>
          <DurationChart points={detail.duration} definition={durationDefinition(unit)} filename={file("duration")} />
          <div className="grid gap-6 lg:grid-cols-2">
            <BreakdownChart
              title="By persona"
              groupName="Persona"
              rows={detail.byPersona}
              definition={BREAKDOWN_DEFINITION}
              filename={file("personas")}
              testId="feature-by-persona"
            />
            <BreakdownChart
              title="By plan"
              groupName="Plan"
              rows={detail.byPlan}
              definition={BREAKDOWN_DEFINITION}
              filename={file("plans")}
              testId="feature-by-plan"
            />
          </div>
          <AdoptingAccounts detail={detail} slug={ws.slug} />
          <TriedOnce featureId={featureId} featureName={detail.feature.name} filter={filter} />
        </>
      )}
      {query.error && codeOf(query.error) !== "BAD_REQUEST" ? (
        <p className="text-sm text-red-700">{errorMessage(query.error)}</p>
      ) : null}
    </div>
  );
}
