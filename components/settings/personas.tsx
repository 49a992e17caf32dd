"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { canWrite, useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { ConditionEditor, fromEditable, toEditable, type ConditionRow, type EditableCondition } from "./condition-editor";
import { JobProgress } from "./job-progress";

type Draft = { id?: string; name: string; description: string; rows: ConditionRow[] };
const EMPTY: Draft = { name: "", description: "", rows: [{ key: "role", op: "in", text: "" }] };

function describeRule(c: EditableCondition): string {
  if (c.op === "exists") return `${c.key} exists`;
  if (c.op === "in") return `${c.key} is one of ${(c.value as string[]).join(", ")}`;
  return `${c.key} ${c.op} ${String(c.value)}`;
}

export function Personas() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = canWrite(ws.role, "product");
  const list = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const done = (job: { id: string }) => {
    setJobId(job.id);
    setDraft(null);
    void queryClient.invalidateQueries(trpc.persona.pathFilter());
  };
  const create = useMutation(trpc.persona.create.mutationOptions({ onSuccess: (r) => done(r.job) }));
  const update = useMutation(trpc.persona.update.mutationOptions({ onSuccess: (r) => done(r.job) }));
  const remove = useMutation(trpc.persona.delete.mutationOptions({ onSuccess: done }));
  const reorder = useMutation(trpc.persona.reorder.mutationOptions({ onSuccess: done }));
  const personas = list.data?.personas ?? [];

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const data = { name: draft.name, description: draft.description, rules: draft.rows.map(fromEditable) };
    if (draft.id) update.mutate({ workspaceId: ws.id, id: draft.id, data });
    else create.mutate({ workspaceId: ws.id, ...data });
  }

  function move(index: number, delta: number) {
    const ids = personas.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + delta, 0, id!);
    reorder.mutate({ workspaceId: ws.id, ids });
  }

  const error = errorMessage(create.error ?? update.error ?? remove.error ?? reorder.error);
  return (
    <div className="space-y-6">
      {jobId ? <JobProgress jobId={jobId} label="Persona assignment" /> : null}
      <Card
        title="Personas, in priority order"
        action={writable && !draft ? <Button onClick={() => setDraft(EMPTY)} data-testid="new-persona">New persona</Button> : null}
      >
        {list.isLoading ? <Loading /> : null}
        {list.data && personas.length === 0 ? (
          <EmptyState title="No personas yet">A persona is a rule over user traits, such as role is one of “data engineer, analytics engineer”. Checklists, surveys and reports are sliced by persona.</EmptyState>
        ) : null}
        <ol className="divide-y divide-stone-100">
          {personas.map((p, i) => (
            <li key={p.id} className="flex flex-wrap items-center gap-3 py-3 text-sm" data-testid="persona-row">
              <span className="w-6 text-stone-400">{i + 1}.</span>
              <div className="min-w-0 flex-1">
                <p className="font-medium">{p.name} <span className="ml-2 text-xs font-normal text-stone-500" data-testid="persona-users">{p.users.toLocaleString("en-US")} users</span></p>
                <p className="text-xs text-stone-500">{(p.rules as EditableCondition[]).map(describeRule).join(" AND ")}</p>
              </div>
              {writable ? (
                <div className="flex gap-1">
                  <Button variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label="Move up">↑</Button>
                  <Button variant="ghost" disabled={i === personas.length - 1} onClick={() => move(i, 1)} aria-label="Move down">↓</Button>
                  <Button variant="secondary" onClick={() => setDraft({ id: p.id, name: p.name, description: p.description, rows: (p.rules as EditableCondition[]).map(toEditable) })}>Edit</Button>
                  <Button variant="danger" onClick={() => confirm(`Delete persona ${p.name}? Its users are reassigned.`) && remove.mutate({ workspaceId: ws.id, id: p.id })}>Delete</Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {list.data ? <p className="mt-3 text-xs text-stone-500">{list.data.unassigned.toLocaleString("en-US")} users match no persona. A user gets the first persona, top to bottom, whose conditions all hold.</p> : null}
        {error ? <p className="mt-2 text-sm text-red-700">{error}</p> : null}
      </Card>
      {draft ? (
        <Card title={draft.id ? `Edit ${draft.name}` : "New persona"}>
          <form onSubmit={onSubmit} className="space-y-4">
            <Field label="Name"><Input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required data-testid="persona-name" /></Field>
            <Field label="Description"><Input value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} /></Field>
            <div>
              <p className="mb-2 text-sm font-medium text-stone-700">Users whose traits match all of</p>
              <ConditionEditor keyLabel="Trait" rows={draft.rows} onChange={(rows) => setDraft({ ...draft, rows })} />
            </div>
            <div className="flex gap-2">
              <Button type="submit" disabled={create.isPending || update.isPending} data-testid="save-persona">Save and reassign users</Button>
              <Button variant="ghost" onClick={() => setDraft(null)}>Cancel</Button>
            </div>
          </form>
        </Card>
      ) : null}
    </div>
  );
}
