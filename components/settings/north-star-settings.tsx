"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { errorMessage, fieldErrors } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { issuesByPath } from "@/components/ui/form-errors";
import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { NORTH_STAR_DEFINITIONS } from "@/server/north-star/definitions";
import { ZNorthStarConfig, type TNorthStarConfig } from "@/server/north-star/schemas";

type Kind = TNorthStarConfig["metric"]["kind"];
type Form = {
  name: string;
  kind: Kind;
  event: string;
  minPerWeek: string;
  unit: "users" | "accounts";
  featureId: string;
  target: string;
  coreEvent: string;
  threshold: string;
  efficiencyOn: boolean;
  from: string;
  to: string;
};

function formOf(c: TNorthStarConfig | null): Form {
  const m = c?.metric;
  return {
    name: c?.name ?? "",
    kind: m?.kind ?? "doers",
    event: m && m.kind !== "feature" ? m.event : "",
    minPerWeek: String(m?.kind === "doers" ? m.minPerWeek : 3),
    unit: m && m.kind !== "events" ? m.unit : "accounts",
    featureId: m?.kind === "feature" ? m.featureId : "",
    target: c?.target === null || c?.target === undefined ? "" : String(c.target),
    coreEvent: c?.coreEvent ?? "",
    threshold: String(c?.threshold ?? 3),
    efficiencyOn: c ? c.efficiency !== null : true,
    from: c?.efficiency?.from ?? "signed_up",
    to: c?.efficiency?.to ?? "",
  };
}

function configOf(f: Form): unknown {
  const metric =
    f.kind === "events"
      ? { kind: "events", event: f.event }
      : f.kind === "doers"
        ? { kind: "doers", event: f.event, minPerWeek: Number(f.minPerWeek), unit: f.unit }
        : { kind: "feature", featureId: f.featureId, unit: f.unit };
  return {
    name: f.name,
    metric,
    target: f.target.trim() === "" ? null : Number(f.target),
    coreEvent: f.coreEvent || (f.kind !== "feature" ? f.event : ""),
    threshold: Number(f.threshold),
    efficiency: f.efficiencyOn ? { from: f.from, to: f.to } : null,
  };
}

function NorthStarForm({ initial }: { initial: TNorthStarConfig | null }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listId = useId();
  const events = useQuery(trpc.adoptionActivity.eventOptions.queryOptions({ workspaceId: ws.id }));
  const features = useQuery(trpc.feature.list.queryOptions({ workspaceId: ws.id }));
  const [form, setForm] = useState<Form>(formOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const canEdit = ws.can("features.write");
  const save = useMutation(
    trpc.northStar.save.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.northStar.pathKey() }),
    }),
  );
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ZNorthStarConfig.safeParse(configOf(form));
    if (!parsed.success) return setErrors(issuesByPath(parsed.error));
    setErrors({});
    save.mutate({ workspaceId: ws.id, config: parsed.data });
  };
  const all = {
    ...errors,
    ...Object.fromEntries(Object.entries(fieldErrors(save.error)).map(([k, v]) => [k.replace(/^config\./, ""), v])),
  };
  const eventInput = (value: string, onChange: (v: string) => void, testId: string) => (
    <Input
      list={listId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
      disabled={!canEdit}
    />
  );

  return (
    <form onSubmit={submit} className="space-y-6" data-testid="north-star-form">
      {!canEdit ? <ReadOnlyNotice what="the North Star's settings" /> : null}
      <datalist id={listId}>
        {(events.data?.events ?? []).map((e) => (
          <option key={e.name} value={e.name} />
        ))}
      </datalist>
      <Card title="North Star" description={NORTH_STAR_DEFINITIONS.northStar}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" error={all.name}>
            <Input
              value={form.name}
              onChange={(e) => set({ name: e.target.value })}
              disabled={!canEdit}
              data-testid="north-star-name"
            />
          </Field>
          <Field label="Measure" hint={NORTH_STAR_DEFINITIONS.kinds[form.kind]}>
            <Select
              value={form.kind}
              onChange={(e) => set({ kind: e.target.value as Kind })}
              disabled={!canEdit}
              data-testid="north-star-kind"
            >
              <option value="doers">Users or accounts doing an event N+ times a week</option>
              <option value="events">Calls of an event per week</option>
              <option value="feature">Users or accounts using a feature each week</option>
            </Select>
          </Field>
          {form.kind === "feature" ? (
            <Field label="Feature" error={all["metric.featureId"]}>
              <Select value={form.featureId} onChange={(e) => set({ featureId: e.target.value })} disabled={!canEdit}>
                <option value="">Choose a feature…</option>
                {(features.data ?? []).map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field label="Event" error={all["metric.event"]}>
              {eventInput(form.event, (event) => set({ event }), "north-star-event")}
            </Field>
          )}
          {form.kind === "doers" ? (
            <Field label="At least (times a week)" error={all["metric.minPerWeek"]}>
              <Input
                type="number"
                min={1}
                value={form.minPerWeek}
                onChange={(e) => set({ minPerWeek: e.target.value })}
                disabled={!canEdit}
              />
            </Field>
          ) : null}
          {form.kind !== "events" ? (
            <Field label="Count">
              <Select
                value={form.unit}
                onChange={(e) => set({ unit: e.target.value as "users" | "accounts" })}
                disabled={!canEdit}
                data-testid="north-star-unit"
              >
                <option value="accounts">Accounts</option>
                <option value="users">Users</option>
              </Select>
            </Field>
          ) : null}
          <Field label="Weekly target (optional)" error={all.target}>
            <Input
              type="number"
              min={0}
              value={form.target}
              onChange={(e) => set({ target: e.target.value })}
              disabled={!canEdit}
              data-testid="north-star-target"
            />
          </Field>
        </div>
      </Card>
      <Card title="Input KPIs" description={NORTH_STAR_DEFINITIONS.inputs}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Core action"
            hint="Breadth, depth and frequency count this event. Empty: the North Star's event."
            error={all.coreEvent}
          >
            {eventInput(form.coreEvent, (coreEvent) => set({ coreEvent }), "north-star-core-event")}
          </Field>
          <Field label="Threshold (times a week)" hint={NORTH_STAR_DEFINITIONS.threshold} error={all.threshold}>
            <Input
              type="number"
              min={1}
              value={form.threshold}
              onChange={(e) => set({ threshold: e.target.value })}
              disabled={!canEdit}
            />
          </Field>
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input
              type="checkbox"
              checked={form.efficiencyOn}
              onChange={(e) => set({ efficiencyOn: e.target.checked })}
              disabled={!canEdit}
            />
            Measure efficiency: {NORTH_STAR_DEFINITIONS.efficiency}
          </label>
          {form.efficiencyOn ? (
            <>
              <Field label="From the first" error={all["efficiency.from"]}>
                {eventInput(form.from, (from) => set({ from }), "north-star-efficiency-from")}
              </Field>
              <Field label="To the first" error={all["efficiency.to"]}>
                {eventInput(form.to, (to) => set({ to }), "north-star-efficiency-to")}
              </Field>
            </>
          ) : null}
        </div>
      </Card>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending} data-testid="save-north-star">
            Save North Star
          </Button>
          {save.isSuccess ? (
            <span className="text-sm text-brand-700" role="status">
              Saved.{" "}
              <Link href={`/w/${ws.slug}`} className="underline">
                See it on Home
              </Link>
            </span>
          ) : null}
          {save.error ? <span className="text-sm text-red-700">{errorMessage(save.error)}</span> : null}
        </div>
      ) : null}
    </form>
  );
}

/** Settings → North Star: the one weekly number the workspace steers by, its target, and the
 * input KPIs under it. */
export function NorthStarSettings() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const settings = useQuery(trpc.northStar.settings.queryOptions({ workspaceId: ws.id }));
  if (settings.error) return <p className="text-sm text-red-700">{errorMessage(settings.error)}</p>;
  if (!settings.data) return <Loading />;
  return <NorthStarForm initial={settings.data.config} />;
}
