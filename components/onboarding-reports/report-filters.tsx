"use client";

import { Button } from "@/components/ui/button";
import { DateRangeFields } from "@/components/ui/date-range-fields";
import { Field, Select } from "@/components/ui/field";
import { COHORT_DEFINITION } from "@/server/onboarding/reports/definitions";
import { Definition } from "./metric";

export type ReportFilterValues = { personaId?: string; from?: string; to?: string };

/** Persona and date range of a report; every change applies at once. */
export function ReportFilters({
  value,
  personas,
  onChange,
  error,
}: {
  value: ReportFilterValues;
  personas: { id: string; name: string }[] | undefined;
  onChange: (next: ReportFilterValues) => void;
  error: string | null;
}) {
  const set = (key: keyof ReportFilterValues, v: string) => onChange({ ...value, [key]: v === "" ? undefined : v });
  const filtered = Boolean(value.personaId || value.from || value.to);
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs">
      <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,11rem)_minmax(0,11rem)_auto] sm:items-end">
        <Field label="Persona">
          <Select
            data-testid="filter-persona"
            value={value.personaId ?? ""}
            onChange={(e) => set("personaId", e.target.value)}
            disabled={!personas}
          >
            <option value="">All personas</option>
            {(personas ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <DateRangeFields
          labels={{ from: "Entered from", to: "Entered to" }}
          from={value.from}
          to={value.to}
          error={error}
          onChange={(patch) => onChange({ ...value, ...patch })}
        />
        <Button variant="ghost" onClick={() => onChange({})} disabled={!filtered}>
          Clear filters
        </Button>
      </div>
      <Definition>{COHORT_DEFINITION}</Definition>
    </div>
  );
}
