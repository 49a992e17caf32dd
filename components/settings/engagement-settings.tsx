"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { Cell, Table } from "@/components/ui/table";
import { WEIGHT_SCALES, type WeightScale } from "@/server/analytics/metrics/engagement";
import { ENGAGEMENT_DEFINITIONS } from "@/server/engagement/definitions";
import type { TEngagementSettingsOut } from "@/server/engagement/schemas";
import { JobProgress } from "./job-progress";

type Row = { event: string; recent: number; suggested: number; on: boolean; weight: string };
type Form = { scale: WeightScale; windowDays: string; lowPercentile: string; highPercentile: string; rows: Row[] };

const NUMBER_FIELDS = [
  { key: "windowDays", label: "Window (days)", hint: "Calls counted up to each snapshot's day.", min: 1, max: 90 },
  { key: "lowPercentile", label: "Low clamp (percentile)", hint: undefined, min: 0, max: 49 },
  { key: "highPercentile", label: "High clamp (percentile)", hint: undefined, min: 51, max: 100 },
] as const;

function formOf(data: TEngagementSettingsOut): Form {
  const saved = new Map(data.settings?.weights.map((w) => [w.event, w.weight]) ?? []);
  const rows: Row[] = data.events.map((e) => ({
    event: e.name,
    recent: e.recent,
    suggested: e.suggested,
    on: saved.has(e.name),
    weight: String(saved.get(e.name) ?? e.suggested),
  }));
  // Weighed events no longer tracked stay listed, so a save does not drop them silently.
  for (const [event, weight] of saved)
    if (!rows.some((r) => r.event === event))
      rows.push({ event, recent: 0, suggested: weight, on: true, weight: String(weight) });
  return {
    scale: data.settings?.scale ?? 100,
    windowDays: String(data.settings?.windowDays ?? 7),
    lowPercentile: String(data.settings?.lowPercentile ?? 5),
    highPercentile: String(data.settings?.highPercentile ?? 95),
    rows,
  };
}

/** Settings → Engagement: the weighed events (suggested from their frequency), the window and the
 * winsorizing percentiles; saving the first time computes 12 weeks of history, later saves offer to. */
export function EngagementSettings() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const settings = useQuery(trpc.engagement.settings.queryOptions({ workspaceId: ws.id }));
  if (settings.error) return <p className="text-sm text-red-700">{errorMessage(settings.error)}</p>;
  if (!settings.data) return <Loading />;
  return <EngagementForm data={settings.data} />;
}

/** The form starts from the settings as first loaded; later refetches (after a save) only feed
 * the last-snapshot line and the staleness notice. */
function EngagementForm({ data }: { data: TEngagementSettingsOut }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("features.write");
  const [form, setForm] = useState<Form>(() => formOf(data));
  const [job, setJob] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const refresh = () => void queryClient.invalidateQueries(trpc.engagement.pathFilter());
  const save = useMutation(
    trpc.engagement.save.mutationOptions({
      onSuccess: (r) => {
        setSavedVersion(r.version);
        if (r.historyJobId) setJob(r.historyJobId);
        refresh();
      },
    }),
  );
  const recompute = useMutation(
    trpc.engagement.recomputeHistory.mutationOptions({
      onSuccess: (r) => {
        setJob(r.jobId);
        refresh();
      },
    }),
  );

  const setRow = (event: string, patch: Partial<Row>) =>
    setForm((f) => ({ ...f, rows: f.rows.map((r) => (r.event === event ? { ...r, ...patch } : r)) }));
  const suggestAll = () =>
    setForm((f) => ({ ...f, rows: f.rows.map((r) => ({ ...r, weight: String(Math.min(r.suggested, f.scale)) })) }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      workspaceId: ws.id,
      scale: form.scale,
      windowDays: Number(form.windowDays),
      lowPercentile: Number(form.lowPercentile),
      highPercentile: Number(form.highPercentile),
      weights: form.rows.filter((r) => r.on).map((r) => ({ event: r.event, weight: Number(r.weight) })),
    });
  }
  const stale = data.settings && data.lastSnapshot && data.lastSnapshot.settingsVersion !== data.settings.version;
  const recomputeButton = writable ? (
    <Button
      variant="secondary"
      size="sm"
      onClick={() => recompute.mutate({ workspaceId: ws.id })}
      data-testid="recompute-history"
    >
      Recompute the last 12 weeks
    </Button>
  ) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {writable ? null : <ReadOnlyNotice what="the engagement settings" />}
      {job ? <JobProgress key={job} jobId={job} label="Engagement history, last 12 weeks" /> : null}
      {savedVersion && !job ? (
        <p className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700" role="status">
          Saved. Scores from tomorrow&apos;s snapshot on use these weights; past snapshots keep the weights they were
          computed with. {recomputeButton}
        </p>
      ) : stale && !job ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="status">
          The history was computed with earlier weights. {recomputeButton}
        </p>
      ) : null}
      <fieldset disabled={!writable} className="space-y-6">
        <Card
          title="Weighted events"
          description={ENGAGEMENT_DEFINITIONS.weights}
          action={
            <Button variant="secondary" size="sm" onClick={suggestAll} data-testid="suggest-weights">
              Use suggested weights
            </Button>
          }
        >
          {form.rows.length === 0 ? (
            <p className="text-sm text-stone-600">
              No events yet. Send some from your product (
              <Link href={`/w/${ws.slug}/install`} className="underline">
                Install
              </Link>
              ), then weigh them here.
            </p>
          ) : (
            <Table
              columns={[
                { label: "Counts" },
                { label: "Event" },
                { label: "Calls, last 30 days", align: "right" },
                { label: "Suggested", align: "right", hint: "Inverse frequency: the most called event weighs 1." },
                { label: "Weight", align: "right" },
              ]}
            >
              {form.rows.map((r) => (
                <tr key={r.event} data-testid="engagement-event-row">
                  <Cell>
                    <input
                      type="checkbox"
                      checked={r.on}
                      onChange={(e) => setRow(r.event, { on: e.target.checked })}
                      aria-label={`Count ${r.event} in the engagement score`}
                      data-testid={`weigh-${r.event}`}
                    />
                  </Cell>
                  <Cell className="font-mono text-xs">{r.event}</Cell>
                  <Cell align="right">{r.recent.toLocaleString("en-US")}</Cell>
                  <Cell align="right">{r.suggested}</Cell>
                  <Cell align="right">
                    <Input
                      type="number"
                      min={1}
                      max={form.scale}
                      step={1}
                      value={r.weight}
                      disabled={!r.on}
                      onChange={(e) => setRow(r.event, { weight: e.target.value })}
                      className="w-24 text-right"
                      aria-label={`Weight of ${r.event}`}
                      data-testid={`weight-${r.event}`}
                    />
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title="How raw scores become 0–100" description={ENGAGEMENT_DEFINITIONS.mapping}>
          <div className="grid gap-4 sm:grid-cols-4">
            <Field label="Weight scale">
              <Select
                value={form.scale}
                onChange={(e) => setForm({ ...form, scale: Number(e.target.value) as WeightScale })}
                data-testid="weight-scale"
              >
                {WEIGHT_SCALES.map((s) => (
                  <option key={s} value={s}>
                    1–{s}
                  </option>
                ))}
              </Select>
            </Field>
            {NUMBER_FIELDS.map((f) => (
              <Field key={f.key} label={f.label} hint={f.hint}>
                <Input
                  type="number"
                  min={f.min}
                  max={f.max}
                  value={form[f.key]}
                  onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
                />
              </Field>
            ))}
          </div>
        </Card>
        {save.error ? <p className="text-sm text-red-700">{errorMessage(save.error)}</p> : null}
        {recompute.error ? <p className="text-sm text-red-700">{errorMessage(recompute.error)}</p> : null}
        {writable ? (
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={save.isPending} data-testid="save-engagement">
              {save.isPending ? "Saving…" : "Save weights"}
            </Button>
            {data.lastSnapshot ? (
              <span className="text-xs text-stone-600">Last snapshot: {data.lastSnapshot.date}</span>
            ) : null}
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
