"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { canWrite, useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { fromEditable, OperatorSelect, toEditable, type EditableCondition } from "./condition-editor";
import { JobProgress } from "./job-progress";

type MatcherRow = { event: string; filter: boolean; key: string; op: EditableCondition["op"]; text: string };
type Draft = { id?: string; name: string; description: string; rows: MatcherRow[] };
type Matcher = { event: string; where?: EditableCondition };

const EMPTY_ROW: MatcherRow = { event: "", filter: false, key: "", op: "equals", text: "" };

function toRow(m: Matcher): MatcherRow {
  return m.where ? { event: m.event, filter: true, ...toEditable(m.where) } : { ...EMPTY_ROW, event: m.event };
}

function toMatcher(r: MatcherRow): Matcher {
  return r.filter ? { event: r.event, where: fromEditable({ key: r.key, op: r.op, text: r.text }) } : { event: r.event };
}

export function Features() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = canWrite(ws.role, "product");
  const list = useQuery(trpc.feature.list.queryOptions({ workspaceId: ws.id }));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const onSaved = (r: { job: { id: string } }) => {
    setJobId(r.job.id);
    setDraft(null);
    void queryClient.invalidateQueries(trpc.feature.pathFilter());
  };
  const create = useMutation(trpc.feature.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.feature.update.mutationOptions({ onSuccess: onSaved }));
  const remove = useMutation(trpc.feature.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.feature.pathFilter()) }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const data = { name: draft.name, description: draft.description, matchers: draft.rows.map(toMatcher), releasedAt: null };
    if (draft.id) update.mutate({ workspaceId: ws.id, id: draft.id, data });
    else create.mutate({ workspaceId: ws.id, ...data });
  }

  const setRow = (i: number, patch: Partial<MatcherRow>) => draft && setDraft({ ...draft, rows: draft.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const error = errorMessage(create.error ?? update.error ?? remove.error);

  return (
    <div className="space-y-6">
      {jobId ? <JobProgress jobId={jobId} label="Feature usage rollup" /> : null}
      <Card title="Features" action={writable && !draft ? <Button onClick={() => setDraft({ name: "", description: "", rows: [EMPTY_ROW] })} data-testid="new-feature">New feature</Button> : null}>
        {list.isLoading ? <Loading /> : null}
        {list.data?.length === 0 ? <EmptyState title="No features yet">A feature is a set of events that count as using it, e.g. “Workflows” = workflow_saved. Adoption reports are per feature.</EmptyState> : null}
        <ul className="divide-y divide-stone-100">
          {list.data?.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-3 py-3 text-sm" data-testid="feature-row">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{f.name} <span className="ml-2 text-xs font-normal text-stone-500">{f.adopters.toLocaleString("en-US")} users have used it</span></p>
                <p className="font-mono text-xs text-stone-500">
                  {(f.matchers as Matcher[]).map((m) => (m.where ? `${m.event} where ${m.where.key} ${m.where.op} ${String(m.where.value ?? "")}` : m.event)).join(" OR ")}
                </p>
              </div>
              {writable ? (
                <div className="flex gap-1">
                  <Button variant="secondary" onClick={() => setDraft({ id: f.id, name: f.name, description: f.description, rows: (f.matchers as Matcher[]).map(toRow) })}>Edit</Button>
                  <Button variant="danger" onClick={() => confirm(`Delete feature ${f.name}?`) && remove.mutate({ workspaceId: ws.id, id: f.id })}>Delete</Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {error ? <p className="mt-2 text-sm text-red-700">{error}</p> : null}
      </Card>
      {draft ? (
        <Card title={draft.id ? `Edit ${draft.name}` : "New feature"}>
          <form onSubmit={onSubmit} className="space-y-4">
            <Field label="Name"><Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required data-testid="feature-name" /></Field>
            <div className="space-y-2">
              <p className="text-sm font-medium text-stone-700">Counts as used when any of these events is tracked</p>
              {draft.rows.map((row, i) => (
                <div key={i} className="flex flex-wrap items-center gap-2">
                  {i > 0 ? <span className="text-xs font-semibold text-stone-400">OR</span> : null}
                  <Input className="w-48" placeholder="event name" value={row.event} onChange={(e) => setRow(i, { event: e.target.value })} aria-label="Event name" required />
                  <label className="flex items-center gap-1 text-xs text-stone-600"><input type="checkbox" checked={row.filter} onChange={(e) => setRow(i, { filter: e.target.checked })} /> where</label>
                  {row.filter ? (
                    <>
                      <Input className="w-32" placeholder="property" value={row.key} onChange={(e) => setRow(i, { key: e.target.value })} aria-label="Property" />
                      <OperatorSelect value={row.op} onChange={(op) => setRow(i, { op })} />
                      {row.op === "exists" ? null : <Input className="w-40" placeholder="value" value={row.text} onChange={(e) => setRow(i, { text: e.target.value })} aria-label="Value" />}
                    </>
                  ) : null}
                  <Button variant="ghost" onClick={() => setDraft({ ...draft, rows: draft.rows.filter((_, j) => j !== i) })} aria-label="Remove event">✕</Button>
                </div>
              ))}
              <Button variant="secondary" onClick={() => setDraft({ ...draft, rows: [...draft.rows, EMPTY_ROW] })}>+ Event</Button>
            </div>
            <div className="flex gap-2">
              <Button type="submit" disabled={create.isPending || update.isPending} data-testid="save-feature">Save and rebuild usage</Button>
              <Button variant="ghost" onClick={() => setDraft(null)}>Cancel</Button>
            </div>
          </form>
        </Card>
      ) : null}
    </div>
  );
}
