"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { activeDefinition, PERIOD_DEFINITION } from "@/server/analytics/definitions/features";
import { EngagementMatrix } from "./engagement-matrix";
import { FeaturesTable } from "./features-table";

/** /adoption: every feature's breadth, depth, time to adopt and duration, and the engagement matrix. */
export function FeaturesOverview() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const params = useSearchParams();
  const [filter, setFilter] = useAdoptionFilter();
  const query = useQuery({
    ...trpc.adoptionFeatures.overview.queryOptions({ workspaceId: ws.id, ...filter }),
    placeholderData: keepPreviousData,
  });
  const report = query.data;
  const badRequest = (query.error as { data?: { code?: string } } | null)?.data?.code === "BAD_REQUEST";
  const search = params.toString();

  return (
    <div className="space-y-6">
      <PageHeader
        title="Feature adoption"
        description="Which features people use, how widely, how deeply, how soon and for how long."
      />
      <AdoptionFilters
        value={filter}
        onChange={setFilter}
        units
        error={badRequest ? errorMessage(query.error) : null}
      />
      {query.error && !badRequest ? <p className="text-sm text-red-700">{errorMessage(query.error)}</p> : null}
      {!report ? (
        query.isLoading ? (
          <Loading />
        ) : null
      ) : report.features.length === 0 ? (
        <EmptyState title="No features yet">
          Define features in Settings → Features: the events that count as using each one.
        </EmptyState>
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Metric
              label={report.unit === "accounts" ? "Active accounts" : "Active users"}
              value={report.active.toLocaleString("en-US")}
              definition={activeDefinition(report.unit)}
              testId="features-active"
            />
            <Metric
              label="Period"
              value={`${report.period.from} – ${report.period.to}`}
              definition={PERIOD_DEFINITION}
            />
          </div>
          <EngagementMatrix report={report} />
          <FeaturesTable
            report={report}
            detailHref={(id) => `/w/${ws.slug}/adoption/features/${id}${search ? `?${search}` : ""}`}
          />
        </>
      )}
    </div>
  );
}
