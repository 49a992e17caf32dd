"use client";

import { EmptyState } from "@/components/ui/card";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Field, Select } from "@/components/ui/field";

/** What counts as active on the report: any call, one event, or one feature (?active=…). */
export function ActivityPicker({ value, onChange }: { value: string; onChange: (next: string | undefined) => void }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const events = useQuery(trpc.adoptionActivity.eventOptions.queryOptions({ workspaceId: ws.id }));
  const features = useQuery(trpc.feature.list.queryOptions({ workspaceId: ws.id }));
  return (
    <Field label="Active means">
      <Select data-testid="activity-basis" value={value} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Any track, page or screen call</option>
        {(features.data ?? []).length > 0 ? (
          <optgroup label="Used the feature">
            {(features.data ?? []).map((f) => (
              <option key={f.id} value={`feature:${f.id}`}>
                {f.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="Tracked the event">
          {(events.data?.events ?? []).map((e) => (
            <option key={e.name} value={`event:${e.name}`}>
              {e.name}
            </option>
          ))}
        </optgroup>
      </Select>
    </Field>
  );
}

/** The row of report options under the filter bar. */
export function ReportOptions({ children }: { children: ReactNode }) {
  return <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">{children}</div>;
}

/** The activity choice's name, for the definition of "active". */
export function useActivityName(active: { activeEvent?: string; activeFeatureId?: string }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const features = useQuery({
    ...trpc.feature.list.queryOptions({ workspaceId: ws.id }),
    enabled: Boolean(active.activeFeatureId),
  });
  return {
    event: active.activeEvent ?? null,
    feature: active.activeFeatureId
      ? (features.data?.find((f) => f.id === active.activeFeatureId)?.name ?? "the chosen feature")
      : null,
  };
}

/** An error from the report's query, in words. */
export function ReportError({ what, message }: { what: string; message: string | null }) {
  return (
    <p className="text-sm text-red-700" role="status">
      Could not load {what}: {message}
    </p>
  );
}

/** The filter's own date error, shown on its "To" field (the query is not sent meanwhile). */
export function rangeErrorOf(filter: { from?: string; to?: string }): string | null {
  return filter.from && filter.to && filter.from > filter.to ? "The start date must not be after the end date" : null;
}

/** What an activity report shows when nobody in the population was active in the period: an
 * explanation instead of a chart of zeros. */
export function NoActivity({ unit }: { unit: "users" | "accounts" }) {
  return (
    <EmptyState title={`No ${unit === "accounts" ? "account" : "user"} was active in this period`}>
      Widen the dates, clear the filters or change what counts as active. With no events at all yet, the Install page
      shows how to send them.
    </EmptyState>
  );
}
