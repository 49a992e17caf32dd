"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AdoptionFilters } from "@/components/adoption/adoption-filters";
import { useAdoptionFilter } from "@/components/adoption/use-adoption-filter";
import { Metric } from "@/components/onboarding-reports/metric";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { DEFAULT_PERCENTILE } from "@/server/analytics/activity-schemas";
import { CRITICAL_EVENT_DEFINITIONS } from "@/server/analytics/definitions/activity";
import { rangeErrorOf, ReportError, ReportOptions } from "./activity-controls";
import { count, percent } from "./format";
import { PastIntervalList } from "./past-interval-list";
import { RepeatCurve } from "./repeat-curve";
import { useReportParams } from "./use-report-params";

/** The event Airtouch-like products care about first, when the URL names none. */
const PREFERRED_EVENT = "workflow_run";

/** How soon users repeat a critical event, its usage interval, and who is overdue. */
export function CriticalEventReport() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const [filter, setFilter] = useAdoptionFilter();
  const rangeError = rangeErrorOf(filter);
  const [params, setParams] = useReportParams();
  const options = useQuery(trpc.adoptionActivity.eventOptions.queryOptions({ workspaceId: ws.id }));
  const names = (options.data?.events ?? []).map((e) => e.name);
  const event = params.get("event") || (names.includes(PREFERRED_EVENT) ? PREFERRED_EVENT : (names[0] ?? null));
  const asked = Number(params.get("p"));
  const percentile = Number.isInteger(asked) && asked >= 50 && asked <= 95 ? asked : DEFAULT_PERCENTILE;
  const query = useQuery({
    ...trpc.adoptionActivity.criticalEvent.queryOptions({
      workspaceId: ws.id,
      ...filter,
      event: event ?? "",
      percentile,
    }),
    enabled: event !== null && !rangeError,
    placeholderData: keepPreviousData,
  });
  const r = query.data;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Critical event"
        description="How soon users do the event that delivers your product's value again, and who has gone quiet for longer than usual."
      />
      <AdoptionFilters value={filter} onChange={setFilter} error={rangeError} />
      <ReportOptions>
        <Field label="Critical event">
          <Select
            data-testid="critical-event"
            value={event ?? ""}
            onChange={(e) => setParams({ event: e.target.value || undefined })}
          >
            {event && !names.includes(event) ? <option value={event}>{event}</option> : null}
            {(options.data?.events ?? []).map((e) => (
              <option key={e.name} value={e.name}>
                {e.name} ({count(e.count)})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Share of repeaters (%)" hint="50 to 95: the interval covers this share">
          <Input
            data-testid="critical-percentile"
            type="number"
            min={50}
            max={95}
            step={5}
            value={percentile}
            onChange={(e) =>
              setParams({ p: e.target.value === String(DEFAULT_PERCENTILE) ? undefined : e.target.value })
            }
          />
        </Field>
      </ReportOptions>

      {options.data && names.length === 0 ? (
        <EmptyState title="No events yet">Track events from your product to pick a critical one.</EmptyState>
      ) : query.error ? (
        <ReportError what="the critical event" message={errorMessage(query.error)} />
      ) : !r ? (
        <Loading label={rangeError ? "Fix the dates above." : undefined} />
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Metric
              label="Usage interval"
              value={r.intervalDays === null ? "n/a" : `${r.intervalDays} day${r.intervalDays === 1 ? "" : "s"}`}
              definition={CRITICAL_EVENT_DEFINITIONS.interval(r.percentile)}
              testId="metric-usage-interval"
            />
            <Metric
              label="Did it"
              value={`${count(r.doers)} · ${count(r.repeaters)} repeated`}
              definition={CRITICAL_EVENT_DEFINITIONS.doers}
            />
            <Metric
              label="Never repeated"
              value={`${percent(r.onceShare)} · ${count(r.once)}`}
              definition={CRITICAL_EVENT_DEFINITIONS.once}
            />
            <Metric
              label="Past their interval"
              value={`${count(r.pastInterval)} · ${percent(r.pastIntervalShare)}`}
              definition={CRITICAL_EVENT_DEFINITIONS.pastInterval}
              testId="metric-past-interval"
            />
          </div>
          <RepeatCurve report={r} />
          {r.intervalDays !== null ? (
            <PastIntervalList filter={filter} event={r.event} intervalDays={r.intervalDays} />
          ) : null}
        </>
      )}
    </div>
  );
}
