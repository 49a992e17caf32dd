"use client";

import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { errorAt } from "@/components/ui/form-errors";
import { MAX_DAYS } from "@/server/surveys/schemas";
import type { Draft } from "./draft";
import { EventNameInput } from "@/components/events/event-name-input";

/** "When it is asked": trigger, minimum age, sampling, recurrence, recontact and the dates. */
export function SurveyTimingCard({
  draft,
  set,
  errors,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Record<string, string>;
}) {
  return (
    <Card title="When it is asked">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Trigger" error={errorAt(errors, "trigger")}>
          <Select
            value={draft.triggerType}
            onChange={(e) => set({ triggerType: e.target.value as Draft["triggerType"] })}
            data-testid="survey-trigger"
          >
            <option value="page_load">On a page load</option>
            <option value="event">When an event is tracked</option>
          </Select>
        </Field>
        {draft.triggerType === "event" ? (
          <Field
            label="Event name"
            hint="Exact name, as tracked (case-sensitive)."
            error={errorAt(errors, "trigger.event")}
          >
            <EventNameInput
              value={draft.triggerEvent}
              onChange={(triggerEvent) => set({ triggerEvent })}
              placeholder="Report Exported"
              className="font-mono"
              data-testid="survey-trigger-event"
            />
          </Field>
        ) : (
          <div />
        )}
        <NumberField
          label="Minimum days since first seen"
          hint="0: from the first visit. Lets new users settle in first."
          value={draft.minDays}
          max={MAX_DAYS}
          min={0}
          onChange={(minDays) => set({ minDays })}
          error={errorAt(errors, "minDaysSinceFirstSeen")}
          testId="survey-min-days"
        />
        <NumberField
          label="Sampling (%)"
          hint="Share of eligible users asked; always the same users."
          value={draft.sampling}
          min={1}
          max={100}
          onChange={(sampling) => set({ sampling })}
          error={errorAt(errors, "samplingPercent")}
          testId="survey-sampling"
        />
        <Field label="Ask" error={draft.recurrence === "repeat" ? undefined : errorAt(errors, "recurrenceDays")}>
          <Select
            value={draft.recurrence}
            onChange={(e) => set({ recurrence: e.target.value as Draft["recurrence"] })}
            data-testid="survey-recurrence"
          >
            <option value="once">Once: never again after an answer</option>
            <option value="repeat">Again, every N days after an answer</option>
          </Select>
        </Field>
        {draft.recurrence === "repeat" ? (
          <NumberField
            label="Ask again after (days)"
            value={draft.recurrenceDays}
            min={1}
            max={MAX_DAYS}
            onChange={(recurrenceDays) => set({ recurrenceDays })}
            error={errorAt(errors, "recurrenceDays")}
            testId="survey-recurrence-days"
          />
        ) : (
          <div />
        )}
        <NumberField
          label="Recontact (days)"
          hint="After a display (answered or not), this survey waits this long before showing to the same user again."
          value={draft.recontactDays}
          min={0}
          max={MAX_DAYS}
          onChange={(recontactDays) => set({ recontactDays })}
          error={errorAt(errors, "recontactDays")}
          testId="survey-recontact"
        />
        <div />
        <Field
          label="Starts (optional)"
          hint="Your local time. Empty: as soon as it is active."
          error={errorAt(errors, "startsAt")}
        >
          <Input
            type="datetime-local"
            value={draft.startsAt}
            onChange={(e) => set({ startsAt: e.target.value })}
            data-testid="survey-starts"
          />
        </Field>
        <Field label="Ends (optional)" hint="Nobody is asked from then on." error={errorAt(errors, "endsAt")}>
          <Input
            type="datetime-local"
            value={draft.endsAt}
            min={draft.startsAt || undefined}
            onChange={(e) => set({ endsAt: e.target.value })}
            data-testid="survey-ends"
          />
        </Field>
      </div>
    </Card>
  );
}

function NumberField(props: {
  label: string;
  hint?: ReactNode;
  value: string;
  min: number;
  max: number;
  onChange: (v: string) => void;
  error?: string;
  testId: string;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      <Input
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
    </Field>
  );
}
