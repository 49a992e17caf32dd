"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { ConditionEditor, fromEditable, toEditable, type ConditionRow } from "@/components/targeting/condition-editor";
import { describeCondition } from "@/server/audience/describe-condition";
import {
  DefinitionForm,
  DefinitionRow,
  DefinitionSettings,
  EditDeleteActions,
  useDefinitionDraft,
} from "./definition-settings";

type Draft = { id?: string; name: string; description: string; rows: ConditionRow[] };
const EMPTY: Draft = { name: "", description: "", rows: [{ key: "role", op: "in", text: "" }] };

export function Personas() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("personas.write");
  const list = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const { draft, setDraft, jobId, saved } = useDefinitionDraft<Draft>();
  // Every change reassigns users, deleting and reordering included: all of them start a job.
  const done = (job: { id: string }) => {
    saved(job);
    void queryClient.invalidateQueries(trpc.persona.pathFilter());
  };
  const create = useMutation(trpc.persona.create.mutationOptions({ onSuccess: (r) => done(r.job) }));
  const update = useMutation(trpc.persona.update.mutationOptions({ onSuccess: (r) => done(r.job) }));
  const remove = useMutation(trpc.persona.delete.mutationOptions({ onSuccess: done }));
  const reorder = useMutation(trpc.persona.reorder.mutationOptions({ onSuccess: done }));
  const personas = list.data?.personas ?? [];

  function submit(d: Draft) {
    const data = { name: d.name, description: d.description, rules: d.rows.map(fromEditable) };
    if (d.id) update.mutate({ workspaceId: ws.id, id: d.id, data });
    else create.mutate({ workspaceId: ws.id, ...data });
  }

  function move(index: number, delta: number) {
    const ids = personas.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + delta, 0, id!);
    reorder.mutate({ workspaceId: ws.id, ids });
  }

  return (
    <DefinitionSettings
      title="Personas, in priority order"
      noun="persona"
      writable={writable}
      onNew={() => setDraft(EMPTY)}
      jobId={jobId}
      jobLabel="Persona assignment"
      loading={list.isLoading}
      empty={
        list.data && personas.length === 0 ? (
          <EmptyState title="No personas yet">
            A persona is a rule over user traits, such as role is one of “data engineer, analytics engineer”.
            Checklists, surveys and reports are sliced by persona.
          </EmptyState>
        ) : null
      }
      error={errorMessage(create.error ?? update.error ?? remove.error ?? reorder.error)}
      form={
        draft ? (
          <DefinitionForm
            noun="persona"
            editing={draft.id ? draft.name : null}
            name={draft.name}
            onName={(name) => setDraft({ ...draft, name })}
            onSubmit={() => submit(draft)}
            onCancel={() => setDraft(null)}
            pending={create.isPending || update.isPending}
            submitLabel="Save and reassign users"
          >
            <Field label="Description">
              <Input value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
            </Field>
            <div>
              <p className="mb-2 text-sm font-medium text-stone-700">Users whose traits match all of</p>
              <ConditionEditor keyLabel="Trait" rows={draft.rows} onChange={(rows) => setDraft({ ...draft, rows })} />
            </div>
          </DefinitionForm>
        ) : null
      }
    >
      <ol className="divide-y divide-stone-100">
        {personas.map((p, i) => (
          <DefinitionRow
            key={p.id}
            testId="persona-row"
            lead={<span className="w-6 text-stone-500">{i + 1}.</span>}
            name={p.name}
            count={
              <span className="ml-2 text-xs font-normal text-stone-500" data-testid="persona-users">
                {p.users.toLocaleString("en-US")} users
              </span>
            }
            summary={<p className="text-xs text-stone-500">{p.rules.map(describeCondition).join(" AND ")}</p>}
            actions={
              writable ? (
                <>
                  <Button variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label="Move up">
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={i === personas.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label="Move down"
                  >
                    ↓
                  </Button>
                  <EditDeleteActions
                    onEdit={() =>
                      setDraft({ id: p.id, name: p.name, description: p.description, rows: p.rules.map(toEditable) })
                    }
                    onDelete={() => remove.mutate({ workspaceId: ws.id, id: p.id })}
                    confirmText={`Delete persona ${p.name}? Its users are reassigned.`}
                  />
                </>
              ) : null
            }
          />
        ))}
      </ol>
      {list.data ? (
        <p className="mt-3 text-xs text-stone-500">
          {list.data.unassigned.toLocaleString("en-US")} users match no persona. A user gets the first persona, top to
          bottom, whose conditions all hold.
        </p>
      ) : null}
    </DefinitionSettings>
  );
}
