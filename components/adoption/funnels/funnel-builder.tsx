"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { MAX_STEPS, type TBreakdown, type TFunnelDefinition, type TFunnelStep } from "@/server/funnels/schemas";

type Draft = TFunnelDefinition;
type Errors = Record<string, string>;

const DAY_HOURS = 24;

function breakdownValue(b: TBreakdown): string {
  return b.kind === "trait" ? `trait:${b.scope}` : b.kind;
}

function StepRow({
  step,
  index,
  count,
  errors,
  listId,
  onChange,
  onMove,
  onRemove,
}: {
  step: TFunnelStep;
  index: number;
  count: number;
  errors: Errors;
  listId: string;
  onChange: (next: TFunnelStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const condition = step.where[0];
  const setCondition = (patch: Partial<NonNullable<typeof condition>> | null) => {
    if (patch === null) return onChange({ ...step, where: [] });
    const base = condition ?? { key: "", op: "equals" as const, value: "" };
    const next = { ...base, ...patch };
    onChange({ ...step, where: [next.op === "exists" ? { key: next.key, op: "exists" } : next] });
  };
  return (
    <li className="rounded-md border border-stone-200 p-3" data-testid="funnel-step">
      <div className="grid gap-3 sm:grid-cols-[2rem_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
        <span className="text-sm font-semibold text-stone-500" aria-hidden="true">
          {index + 1}.
        </span>
        <Field label={`Step ${index + 1} event`} error={errors[`steps.${index}.event`]}>
          <Input
            list={listId}
            value={step.event}
            onChange={(e) => onChange({ ...step, event: e.target.value })}
            placeholder="e.g. workflow_saved"
          />
        </Field>
        <Field label="Label (optional)" error={errors[`steps.${index}.label`]}>
          <Input value={step.label} onChange={(e) => onChange({ ...step, label: e.target.value })} />
        </Field>
        <div className="flex gap-1">
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move step ${index + 1} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move step ${index + 1} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Remove step ${index + 1}`}
            disabled={count <= 2}
            onClick={onRemove}
          >
            ✕
          </Button>
        </div>
      </div>
      {condition ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-[2rem_minmax(0,1fr)_10rem_minmax(0,1fr)_auto] sm:items-end">
          <span className="text-xs text-stone-500">where</span>
          <Field label="Property" error={errors[`steps.${index}.where.0.key`]}>
            <Input value={condition.key} onChange={(e) => setCondition({ key: e.target.value })} />
          </Field>
          <Field label="Operator">
            <Select
              value={condition.op}
              onChange={(e) => setCondition({ op: e.target.value as "equals" | "contains" | "exists" })}
            >
              <option value="equals">equals</option>
              <option value="contains">contains</option>
              <option value="exists">is set</option>
            </Select>
          </Field>
          <Field label="Value" error={errors[`steps.${index}.where.0.value`]}>
            <Input
              value={typeof condition.value === "string" ? condition.value : ""}
              disabled={condition.op === "exists"}
              onChange={(e) => setCondition({ value: e.target.value })}
            />
          </Field>
          <Button variant="ghost" size="sm" onClick={() => setCondition(null)}>
            Remove condition
          </Button>
        </div>
      ) : (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => setCondition({})}>
          + Property condition
        </Button>
      )}
    </li>
  );
}

/** The funnel's definition as a form: ordered steps, the conversion window, what is counted and the
 * breakdown. Applying is the caller's (a Run button), so typing does not send a query per key. */
export function FunnelBuilder({
  value,
  onChange,
  errors,
}: {
  value: Draft;
  onChange: (next: Draft) => void;
  errors: Errors;
}) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const listId = useId();
  const events = useQuery(trpc.adoptionActivity.eventOptions.queryOptions({ workspaceId: ws.id }));
  const [inDays, setInDays] = useState(value.windowHours % DAY_HOURS === 0);
  const setStep = (i: number, step: TFunnelStep) =>
    onChange({ ...value, steps: value.steps.map((s, j) => (j === i ? step : s)) });
  const move = (i: number, by: -1 | 1) => {
    const steps = [...value.steps];
    const [s] = steps.splice(i, 1);
    steps.splice(i + by, 0, s!);
    onChange({ ...value, steps });
  };
  const setBreakdown = (v: string) => {
    const b: TBreakdown =
      v === "trait:user" || v === "trait:account"
        ? {
            kind: "trait",
            scope: v === "trait:user" ? "user" : "account",
            key: value.breakdown.kind === "trait" ? value.breakdown.key : "",
          }
        : { kind: v as "none" | "persona" | "plan" };
    onChange({ ...value, breakdown: b });
  };
  return (
    <div className="space-y-4" data-testid="funnel-builder">
      <datalist id={listId}>
        {(events.data?.events ?? []).map((e) => (
          <option key={e.name} value={e.name} />
        ))}
      </datalist>
      <ol className="space-y-2">
        {value.steps.map((s, i) => (
          <StepRow
            key={i}
            step={s}
            index={i}
            count={value.steps.length}
            errors={errors}
            listId={listId}
            onChange={(next) => setStep(i, next)}
            onMove={(by) => move(i, by)}
            onRemove={() => onChange({ ...value, steps: value.steps.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      {errors.steps ? <p className="text-xs text-red-700">{errors.steps}</p> : null}
      <Button
        variant="secondary"
        size="sm"
        disabled={value.steps.length >= MAX_STEPS}
        onClick={() => onChange({ ...value, steps: [...value.steps, { event: "", where: [], label: "" }] })}
      >
        + Add step
      </Button>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <Field label="Conversion window" error={errors.windowHours}>
          <div className="flex gap-2">
            <Input
              type="number"
              min={1}
              className="w-24"
              aria-label="Window length"
              value={inDays ? value.windowHours / DAY_HOURS : value.windowHours}
              onChange={(e) => {
                const n = Math.max(0, Math.round(Number(e.target.value)));
                onChange({ ...value, windowHours: inDays ? n * DAY_HOURS : n });
              }}
            />
            <Select
              className="flex-1"
              aria-label="Window unit"
              value={inDays ? "days" : "hours"}
              onChange={(e) => {
                const days = e.target.value === "days";
                setInDays(days);
                if (days)
                  onChange({
                    ...value,
                    windowHours: Math.max(1, Math.round(value.windowHours / DAY_HOURS)) * DAY_HOURS,
                  });
              }}
            >
              <option value="hours">hours</option>
              <option value="days">days</option>
            </Select>
          </div>
        </Field>
        <Field label="Count">
          <Select
            data-testid="funnel-unit"
            value={value.unit}
            onChange={(e) => onChange({ ...value, unit: e.target.value as "users" | "accounts" })}
          >
            <option value="users">Users</option>
            <option value="accounts">Accounts (their users&apos; events together)</option>
          </Select>
        </Field>
        <Field label="Break down by" error={errors.breakdown}>
          <Select
            data-testid="funnel-breakdown"
            value={breakdownValue(value.breakdown)}
            onChange={(e) => setBreakdown(e.target.value)}
          >
            <option value="none">Nothing</option>
            <option value="persona">Persona</option>
            <option value="plan">Plan (account trait)</option>
            <option value="trait:user">A user trait…</option>
            <option value="trait:account">An account trait…</option>
          </Select>
        </Field>
        {value.breakdown.kind === "trait" ? (
          <Field label="Trait" error={errors["breakdown.key"]}>
            <Input
              data-testid="funnel-breakdown-trait"
              value={value.breakdown.key}
              placeholder="e.g. role"
              onChange={(e) =>
                onChange({
                  ...value,
                  breakdown: {
                    ...(value.breakdown as { kind: "trait"; scope: "user" | "account"; key: string }),
                    key: e.target.value,
                  },
                })
              }
            />
          </Field>
        ) : null}
      </div>
    </div>
  );
}
