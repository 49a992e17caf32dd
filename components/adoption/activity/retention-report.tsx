"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Select } from "@/components/ui/field";
import { RETENTION_WINDOWS } from "@/server/analytics/activity-schemas";
import { activeDefinition, RETENTION_DEFINITIONS } from "@/server/analytics/definitions/activity";
import { ActivityPicker, rangeErrorOf, ReportError, ReportOptions, useActivityName } from "./activity-controls";
import { CohortCurve } from "./cohort-curve";
import { CohortTable } from "./cohort-table";
import { count, percent, span } from "./format";
import { RetentionTrend } from "./retention-trend";
import { activityFromParams, useReportParams } from "./use-report-params";

/** Period retention (start window vs end window) with its trend, and weekly cohort retention. */
export function RetentionReport() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useAdoptionFilter();
  const rangeError = rangeErrorOf(filter);
  const [params, setParams] = useReportParams();
  const active = activityFromParams(params);
  const asked = Number(params.get("window"));
  const window = (RETENTION_WINDOWS as readonly number[]).includes(asked) ? (asked as 1 | 7 | 28) : 7;
  const base = { workspaceId: ws.id, ...filter, ...active };
  const retention = useQuery({
    ...trpc.adoptionActivity.retention.queryOptions({ ...base, window }),
    enabled: !rangeError,
    placeholderData: keepPreviousData,
  });
  const cohorts = useQuery({
    ...trpc.adoptionActivity.cohorts.queryOptions(base),
    enabled: !rangeError,
    placeholderData: keepPreviousData,
  });
  const names = useActivityName(active);
  const r = retention.data;

  return (
    <div className="space-y-6">
      <PageHeader title="Retention" description={activeDefinition(names, filter.unit ?? "users")} />
      <AdoptionFilters value={filter} onChange={setFilter} units error={rangeError} />
      <ReportOptions>
        <ActivityPicker value={params.get("active") ?? ""} onChange={(v) => setParams({ active: v })} />
        <Field label="Window" hint="Days at each end of the period">
          <Select
            data-testid="retention-window"
            value={String(window)}
            onChange={(e) => setParams({ window: e.target.value === "7" ? undefined : e.target.value })}
          >
            {RETENTION_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w === 1 ? "1 day" : `${w} days`}
              </option>
            ))}
          </Select>
        </Field>
      </ReportOptions>

      <Card title="Period retention" action={retention.isFetching && r ? <Loading label="Updating…" /> : null}>
        {retention.error ? (
          <ReportError what="retention" message={errorMessage(retention.error)} />
        ) : !r ? (
          <Loading label={rangeError ? "Fix the dates above." : undefined} />
        ) : (
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <Metric
              label="Retention"
              value={percent(r.current.rate)}
              definition={`${RETENTION_DEFINITIONS.rate} Start ${span(r.startWindow.from, r.startWindow.to)}, end ${span(r.endWindow.from, r.endWindow.to)}.`}
              testId="metric-retention"
            />
            <Metric label="Started" value={count(r.current.started)} definition={RETENTION_DEFINITIONS.started} />
            <Metric label="Retained" value={count(r.current.retained)} definition={RETENTION_DEFINITIONS.retained} />
            <Metric label="Lost" value={count(r.current.lost)} definition={RETENTION_DEFINITIONS.lost} />
            <Metric label="New" value={count(r.current.new)} definition={RETENTION_DEFINITIONS.new} />
          </div>
        )}
      </Card>
      {r ? <RetentionTrend report={r} /> : null}

      {cohorts.error ? (
        <ReportError what="the cohorts" message={errorMessage(cohorts.error)} />
      ) : !cohorts.data ? (
        <Loading label={rangeError ? "Fix the dates above." : "Loading the cohorts…"} />
      ) : (
        <>
          <CohortCurve report={cohorts.data} />
          <CohortTable report={cohorts.data} />
        </>
      )}
    </div>
  );
}
