"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateRangeFields } from "@/components/ui/date-range-fields";
import { Field, Input, Select } from "@/components/ui/field";
import { Definition } from "@/components/onboarding-reports/metric";
import { PERIOD_DEFINITION } from "@/server/surveys/reports/definitions";

export type SurveyFilterValues = {
  from?: string;
  to?: string;
  personaId?: string;
  plan?: string;
  traitKey?: string;
  traitValue?: string;
};

/** Period, persona, plan and a user-trait segment of the survey report; every change applies at once. */
export function SurveyReportFilters(props: {
  value: SurveyFilterValues;
  personas: { id: string; name: string }[] | undefined;
  plans: string[];
  traitKeys: string[];
  period: { from: string; to: string } | null;
  onChange: (next: SurveyFilterValues) => void;
  error: string | null;
}) {
  const { value } = props;
  const set = (patch: Partial<SurveyFilterValues>) => props.onChange({ ...value, ...patch });
  const text = (v: string) => (v.trim() === "" ? undefined : v);
  const filtered = Object.values(value).some(Boolean);
  const plans = value.plan && !props.plans.includes(value.plan) ? [...props.plans, value.plan] : props.plans;
  const keys =
    value.traitKey && !props.traitKeys.includes(value.traitKey)
      ? [...props.traitKeys, value.traitKey]
      : props.traitKeys;
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs">
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-[repeat(6,minmax(0,1fr))_auto] lg:items-end">
        <DateRangeFields
          from={value.from ?? props.period?.from}
          to={value.to ?? props.period?.to}
          error={props.error}
          onChange={set}
        />
        <Field label="Persona">
          <Select
            data-testid="filter-persona"
            value={value.personaId ?? ""}
            onChange={(e) => set({ personaId: text(e.target.value) })}
            disabled={!props.personas}
          >
            <option value="">All personas</option>
            {(props.personas ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Plan">
          <Select
            data-testid="filter-plan"
            value={value.plan ?? ""}
            onChange={(e) => set({ plan: text(e.target.value) })}
          >
            <option value="">All plans</option>
            {plans.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Segment: trait">
          <Select
            data-testid="filter-trait"
            value={value.traitKey ?? ""}
            onChange={(e) =>
              set({ traitKey: text(e.target.value), traitValue: text(e.target.value) ? value.traitValue : undefined })
            }
          >
            <option value="">No segment</option>
            {keys.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="equals">
          <CommitInput
            key={`${value.traitKey ?? ""}:${value.traitValue ?? ""}`}
            value={value.traitValue ?? ""}
            disabled={!value.traitKey}
            onCommit={(v) => set({ traitValue: text(v) })}
          />
        </Field>
        <Button variant="ghost" onClick={() => props.onChange({})} disabled={!filtered}>
          Clear filters
        </Button>
      </div>
      <Definition>{PERIOD_DEFINITION}</Definition>
    </div>
  );
}

/** Applies on Enter or when leaving the field, not on every keystroke (each change reloads the report). */
function CommitInput({
  value,
  disabled,
  onCommit,
}: {
  value: string;
  disabled: boolean;
  onCommit: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const commit = () => draft !== value && onCommit(draft);
  return (
    <Input
      data-testid="filter-trait-value"
      value={draft}
      placeholder={disabled ? "pick a trait" : "any value (Enter)"}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
