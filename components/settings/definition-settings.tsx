"use client";

import { ReadOnlyNotice } from "@/components/ui/read-only-notice";
import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { JobProgress } from "./job-progress";

// Personas and features are both named rules whose save recomputes something over every user
// (persona assignment, feature usage) in the background: one list, one form, one progress bar.

/** The open form's draft (none: the list alone) and the job the last save started. */
export function useDefinitionDraft<D>() {
  const [draft, setDraft] = useState<D | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  /** After a save: show its job's progress and close the form. */
  const saved = (job: { id: string }) => {
    setJobId(job.id);
    setDraft(null);
  };
  return { draft, setDraft, jobId, setJobId, saved };
}

export function DefinitionSettings(props: {
  title: string;
  /** "feature": the button reads "New feature" and has the test id "new-feature". */
  noun: string;
  writable: boolean;
  onNew: () => void;
  jobId: string | null;
  jobLabel: string;
  loading: boolean;
  /** Shown instead of the rows when there are none. */
  empty: ReactNode;
  /** The rows (`DefinitionRow`s in an `<ul>` or `<ol>`) and what follows them. */
  children: ReactNode;
  error: string | null;
  /** The open form, if any. */
  form: ReactNode;
}) {
  return (
    <div className="space-y-6">
      {props.writable ? null : <ReadOnlyNotice what={`${props.noun}s`} />}
      {props.jobId ? <JobProgress jobId={props.jobId} label={props.jobLabel} /> : null}
      <Card
        title={props.title}
        action={
          props.writable && !props.form ? (
            <Button onClick={props.onNew} data-testid={`new-${props.noun}`}>
              New {props.noun}
            </Button>
          ) : null
        }
      >
        {props.loading ? <Loading /> : null}
        {props.empty}
        {props.children}
        {props.error ? <p className="mt-2 text-sm text-red-700">{props.error}</p> : null}
      </Card>
      {props.form}
    </div>
  );
}

/** One definition: its name, a count, what it matches, and (for writers) its actions. */
export function DefinitionRow({
  name,
  count,
  summary,
  lead,
  actions,
  testId,
}: {
  name: string;
  count: ReactNode;
  summary: ReactNode;
  lead?: ReactNode;
  actions: ReactNode;
  testId: string;
}) {
  return (
    <li className="flex flex-wrap items-center gap-3 py-3 text-sm" data-testid={testId}>
      {lead}
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {name} {count}
        </p>
        {summary}
      </div>
      {actions ? <div className="flex gap-1">{actions}</div> : null}
    </li>
  );
}

/** Edit and Delete (after a confirm that says what deleting does). */
export function EditDeleteActions({
  onEdit,
  onDelete,
  confirmText,
}: {
  onEdit: () => void;
  onDelete: () => void;
  confirmText: string;
}) {
  return (
    <>
      <Button variant="secondary" onClick={onEdit}>
        Edit
      </Button>
      <Button variant="danger" onClick={() => confirm(confirmText) && onDelete()}>
        Delete
      </Button>
    </>
  );
}

/** The create / edit form: the name, the definition's own fields, save and cancel. */
export function DefinitionForm(props: {
  noun: string;
  editing: string | null;
  name: string;
  onName: (name: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  function submit(e: FormEvent) {
    e.preventDefault();
    props.onSubmit();
  }
  return (
    <Card title={props.editing ? `Edit ${props.editing}` : `New ${props.noun}`}>
      <form onSubmit={submit} className="space-y-4">
        <Field label="Name">
          <Input
            value={props.name}
            onChange={(e) => props.onName(e.target.value)}
            required
            data-testid={`${props.noun}-name`}
          />
        </Field>
        {props.children}
        <div className="flex gap-2">
          <Button type="submit" disabled={props.pending} data-testid={`save-${props.noun}`}>
            {props.submitLabel}
          </Button>
          <Button variant="ghost" onClick={props.onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}
