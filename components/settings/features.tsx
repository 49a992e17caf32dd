"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import {
  fromEditable,
  OperatorSelect,
  toEditable,
  type EditableCondition,
} from "@/components/targeting/condition-editor";
import type { FeatureMatcher } from "@/server/features/match-feature";
import {
  DefinitionForm,
  DefinitionRow,
  DefinitionSettings,
  EditDeleteActions,
  useDefinitionDraft,
} from "./definition-settings";
import { FeatureAdoptionFields } from "./feature-adoption-fields";
import { EventNameInput } from "@/components/events/event-name-input";

type MatcherRow = { event: string; filter: boolean; key: string; op: EditableCondition["op"]; text: string };
type Draft = { id?: string; name: string; description: string; rows: MatcherRow[] };

const EMPTY_ROW: MatcherRow = { event: "", filter: false, key: "", op: "equals", text: "" };

function toRow(m: FeatureMatcher): MatcherRow {
  return m.where ? { event: m.event, filter: true, ...toEditable(m.where) } : { ...EMPTY_ROW, event: m.event };
}

function toMatcher(r: MatcherRow): FeatureMatcher {
  return r.filter
    ? { event: r.event, where: fromEditable({ key: r.key, op: r.op, text: r.text }) }
    : { event: r.event };
}

function describeMatcher(m: FeatureMatcher): string {
  return m.where ? `${m.event} where ${m.where.key} ${m.where.op} ${String(m.where.value ?? "")}` : m.event;
}

export function Features() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("features.write");
  const list = useQuery(trpc.feature.list.queryOptions({ workspaceId: ws.id }));
  const { draft, setDraft, jobId, saved } = useDefinitionDraft<Draft>();
  const invalidate = () => queryClient.invalidateQueries(trpc.feature.pathFilter());
  const onSaved = (r: { job: { id: string } }) => {
    saved(r.job);
    void invalidate();
  };
  const create = useMutation(trpc.feature.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.feature.update.mutationOptions({ onSuccess: onSaved }));
  const remove = useMutation(trpc.feature.delete.mutationOptions({ onSuccess: invalidate }));

  function submit(d: Draft) {
    // Core and the release day are saved on the row (FeatureAdoptionFields): an edit keeps them.
    const data = { name: d.name, description: d.description, matchers: d.rows.map(toMatcher) };
    if (d.id) update.mutate({ workspaceId: ws.id, id: d.id, data });
    else create.mutate({ workspaceId: ws.id, ...data });
  }

  return (
    <DefinitionSettings
      title="Features"
      noun="feature"
      writable={writable}
      onNew={() => setDraft({ name: "", description: "", rows: [EMPTY_ROW] })}
      jobId={jobId}
      jobLabel="Feature usage rollup"
      loading={list.isLoading}
      empty={
        list.data?.length === 0 ? (
          <EmptyState title="No features yet">
            A feature is a set of events that count as using it, e.g. “Workflows” = workflow_saved. Adoption reports are
            per feature.
          </EmptyState>
        ) : null
      }
      error={errorMessage(create.error ?? update.error ?? remove.error)}
      form={
        draft ? (
          <FeatureForm
            draft={draft}
            onChange={setDraft}
            onSubmit={() => submit(draft)}
            pending={create.isPending || update.isPending}
          />
        ) : null
      }
    >
      <ul className="divide-y divide-stone-100">
        {list.data?.map((f) => (
          <DefinitionRow
            key={f.id}
            testId="feature-row"
            name={f.name}
            count={
              <span className="ml-2 text-xs font-normal text-stone-500">
                {f.adopters.toLocaleString("en-US")} users have used it
              </span>
            }
            summary={
              <>
                <p className="font-mono text-xs text-stone-500">{f.matchers.map(describeMatcher).join(" OR ")}</p>
                <FeatureAdoptionFields
                  key={`${f.id}:${f.core}:${f.releasedOn ?? ""}`}
                  feature={f}
                  writable={writable}
                />
              </>
            }
            actions={
              writable ? (
                <EditDeleteActions
                  onEdit={() =>
                    setDraft({ id: f.id, name: f.name, description: f.description, rows: f.matchers.map(toRow) })
                  }
                  onDelete={() => remove.mutate({ workspaceId: ws.id, id: f.id })}
                  confirmText={`Delete feature ${f.name}?`}
                />
              ) : null
            }
          />
        ))}
      </ul>
    </DefinitionSettings>
  );
}

function FeatureForm({
  draft,
  onChange,
  onSubmit,
  pending,
}: {
  draft: Draft;
  onChange: (d: Draft | null) => void;
  onSubmit: () => void;
  pending: boolean;
}) {
  const setRow = (i: number, patch: Partial<MatcherRow>) =>
    onChange({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <DefinitionForm
      noun="feature"
      editing={draft.id ? draft.name : null}
      name={draft.name}
      onName={(name) => onChange({ ...draft, name })}
      onSubmit={onSubmit}
      onCancel={() => onChange(null)}
      pending={pending}
      submitLabel="Save and rebuild usage"
    >
      <div className="space-y-2">
        <p className="text-sm font-medium text-stone-700">Counts as used when any of these events is tracked</p>
        {draft.rows.map((row, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            {i > 0 ? <span className="text-xs font-semibold text-stone-500">OR</span> : null}
            <div className="w-48">
              <EventNameInput
                placeholder="event name"
                value={row.event}
                onChange={(event) => setRow(i, { event })}
                aria-label="Event name"
                required
              />
            </div>
            <label className="flex items-center gap-1 text-xs text-stone-600">
              <input type="checkbox" checked={row.filter} onChange={(e) => setRow(i, { filter: e.target.checked })} />{" "}
              where
            </label>
            {row.filter ? (
              <>
                <Input
                  className="w-32"
                  placeholder="property"
                  value={row.key}
                  onChange={(e) => setRow(i, { key: e.target.value })}
                  aria-label="Property"
                />
                <OperatorSelect value={row.op} onChange={(op) => setRow(i, { op })} />
                {row.op === "exists" ? null : (
                  <Input
                    className="w-40"
                    placeholder="value"
                    value={row.text}
                    onChange={(e) => setRow(i, { text: e.target.value })}
                    aria-label="Value"
                  />
                )}
              </>
            ) : null}
            <Button
              variant="ghost"
              onClick={() => onChange({ ...draft, rows: draft.rows.filter((_, j) => j !== i) })}
              aria-label="Remove event"
            >
              ✕
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => onChange({ ...draft, rows: [...draft.rows, EMPTY_ROW] })}>
          + Event
        </Button>
      </div>
    </DefinitionForm>
  );
}
