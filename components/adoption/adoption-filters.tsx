"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { DateRangeFields } from "@/components/ui/date-range-fields";
import { Field, Input, Select } from "@/components/ui/field";
import type { AdoptionFilterInput, SegmentCondition } from "@/server/analytics/schemas";
import { isFiltered } from "./filter-params";

function describe(c: SegmentCondition): string {
  const who = c.scope === "account" ? "account" : "user";
  if (c.op === "exists") return `${who} has ${c.key}`;
  const value = Array.isArray(c.value) ? c.value.join(", ") : c.value;
  return `${who} ${c.key} ${c.op === "equals" ? "=" : c.op} ${value}`;
}

/** Period, persona, account, plan and trait conditions of an Adoption report; `units`: the page
 * counts users or accounts (a toggle); `period={false}`: a list without dates (the people lists).
 * Every change applies at once (the URL holds it). */
export function AdoptionFilters({
  value,
  onChange,
  units = false,
  period = true,
  error,
}: {
  value: AdoptionFilterInput;
  onChange: (next: AdoptionFilterInput) => void;
  units?: boolean;
  period?: boolean;
  error?: string | null;
}) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const options = useQuery(trpc.adoption.filterOptions.queryOptions({ workspaceId: ws.id }));
  const [trait, setTrait] = useState({ scope: "user" as "user" | "account", key: "", value: "" });
  const segment = value.segment ?? [];
  const plan = segment.find((c) => c.scope === "account" && c.key === "plan" && c.op === "equals");
  const others = segment.filter((c) => c !== plan);
  const set = (patch: Partial<AdoptionFilterInput>) => onChange({ ...value, ...patch });
  const setPlan = (p: string) =>
    set({ segment: [...others, ...(p ? [{ scope: "account", key: "plan", op: "equals", value: p } as const] : [])] });
  const addTrait = () => {
    if (!trait.key.trim()) return;
    const c: SegmentCondition = trait.value.trim()
      ? { scope: trait.scope, key: trait.key.trim(), op: "equals", value: trait.value.trim() }
      : { scope: trait.scope, key: trait.key.trim(), op: "exists" };
    set({ segment: [...segment, c] });
    setTrait({ ...trait, key: "", value: "" });
  };

  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs" data-testid="adoption-filters">
      <div
        className={`grid gap-3 sm:grid-cols-2 lg:items-end ${period ? "lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]" : "lg:grid-cols-[repeat(3,minmax(0,1fr))_auto]"}`}
      >
        {period && <DateRangeFields from={value.from} to={value.to} error={error} onChange={set} />}
        <Field label="Persona">
          <Select
            data-testid="filter-persona"
            value={value.personaId ?? ""}
            onChange={(e) => set({ personaId: e.target.value || undefined })}
          >
            <option value="">All personas</option>
            {(options.data?.personas ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Plan">
          <Select
            data-testid="filter-plan"
            value={typeof plan?.value === "string" ? plan.value : ""}
            onChange={(e) => setPlan(e.target.value)}
          >
            <option value="">All plans</option>
            {(options.data?.plans ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Account">
          <Select
            data-testid="filter-account"
            value={value.accountId ?? ""}
            onChange={(e) => set({ accountId: e.target.value || undefined })}
          >
            <option value="">All accounts</option>
            {(options.data?.accounts ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ?? a.externalId}
              </option>
            ))}
          </Select>
        </Field>
        <Button variant="ghost" onClick={() => onChange({ unit: value.unit })} disabled={!isFiltered(value)}>
          Clear
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <Select
          aria-label="Trait of"
          className="w-32"
          value={trait.scope}
          onChange={(e) => setTrait({ ...trait, scope: e.target.value as "user" | "account" })}
        >
          <option value="user">User trait</option>
          <option value="account">Account trait</option>
        </Select>
        <Input
          aria-label="Trait name"
          placeholder="trait, e.g. role"
          className="w-40"
          value={trait.key}
          onChange={(e) => setTrait({ ...trait, key: e.target.value })}
        />
        <Input
          aria-label="Trait value (empty: has the trait)"
          placeholder="equals (empty: has it)"
          className="w-48"
          value={trait.value}
          onChange={(e) => setTrait({ ...trait, value: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter") addTrait();
          }}
        />
        <Button variant="secondary" onClick={addTrait} disabled={!trait.key.trim()}>
          Add condition
        </Button>
        {others.map((c, i) => (
          <span
            key={`${c.scope}-${c.key}-${i}`}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2.5 py-1 text-xs text-brand-700 ring-1 ring-brand-100"
          >
            {describe(c)}
            <button
              type="button"
              aria-label={`Remove condition ${describe(c)}`}
              className="rounded px-1 hover:bg-brand-100"
              onClick={() => set({ segment: segment.filter((s) => s !== c) })}
            >
              ×
            </button>
          </span>
        ))}
        {units ? (
          <div className="ml-auto inline-flex rounded-md ring-1 ring-stone-300" role="group" aria-label="Count">
            {(["users", "accounts"] as const).map((u) => (
              <button
                key={u}
                type="button"
                aria-pressed={(value.unit ?? "users") === u}
                className={`px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md ${(value.unit ?? "users") === u ? "bg-brand-600 text-white" : "bg-white text-stone-700 hover:bg-stone-50"}`}
                onClick={() => set({ unit: u })}
              >
                {u === "users" ? "Users" : "Accounts"}
              </button>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
