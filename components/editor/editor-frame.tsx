"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, ErrorText, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";

// The frame shared by the dashboard's "create or edit" pages (checklists, surveys, and the
// roadmap's items next): loading, the header with its actions, notices and errors, the danger zone.

/** Shows the loader or the load error until the record and what the form needs have arrived. */
export function EditorLoader(props: {
  loading: boolean;
  error: { message: string } | null;
  loadingLabel: string;
  backHref: string;
  backLabel: string;
  children: () => ReactNode;
}) {
  if (props.loading) return <Loading label={props.loadingLabel} />;
  if (props.error) {
    return (
      <Card>
        <p className="text-sm text-red-700" data-testid="editor-load-error">
          {props.error.message}
        </p>
        <Link href={props.backHref} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
          ← Back to {props.backLabel}
        </Link>
      </Card>
    );
  }
  return <>{props.children()}</>;
}

export function EditorHeader(props: {
  backHref: string;
  backLabel: string;
  title: string;
  badge: ReactNode;
  dirty: boolean;
  actions: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <Link href={props.backHref} className="text-sm text-stone-500 hover:text-stone-800">
          ← {props.backLabel}
        </Link>
        <h1 className="mt-1 flex items-center gap-3 text-xl font-semibold text-stone-900">
          {props.title} {props.badge}
        </h1>
        {props.dirty ? (
          <p className="mt-1 text-xs text-amber-700" data-testid="unsaved">
            Unsaved changes
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">{props.actions}</div>
    </div>
  );
}

/** "Save first" hint, the last notice, the first error of the form's mutations, and the invalid-form line. */
type MutationError = { message: string; data?: unknown } | null | undefined;

export function EditorMessages(props: {
  saveFirst: boolean;
  notice: string | null;
  errors: readonly MutationError[];
  invalid: boolean;
}) {
  const error = props.errors.find(Boolean);
  return (
    <>
      {props.saveFirst ? <p className="text-xs text-stone-500">Save your changes before changing the status.</p> : null}
      {props.notice ? (
        <p
          className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700"
          role="status"
          data-testid="editor-notice"
        >
          {props.notice}
        </p>
      ) : null}
      <ErrorText error={error ? { message: errorMessage(error) ?? "" } : null} />
      {props.invalid ? (
        <p className="text-sm text-red-700" data-testid="form-error">
          Fix the highlighted fields.
        </p>
      ) : null}
    </>
  );
}

/** The link to a saved record's report, styled as a secondary button. */
export function ReportLink(props: { href: string; label: string; testId?: string }) {
  return (
    <Link
      href={props.href}
      className="rounded-md px-3 py-2 text-sm font-medium text-stone-700 ring-1 ring-stone-300 hover:bg-stone-50"
      data-testid={props.testId}
    >
      {props.label}
    </Link>
  );
}

export function SaveButton(props: { pending: boolean; isNew: boolean; dirty: boolean; testId: string }) {
  return (
    <Button type="submit" disabled={props.pending || (!props.isNew && !props.dirty)} data-testid={props.testId}>
      {props.pending ? "Saving…" : props.isNew ? "Create draft" : "Save changes"}
    </Button>
  );
}

export function DangerZone(props: {
  explanation: string;
  confirmText: string;
  buttonLabel: string;
  onDelete: () => void;
  testId: string;
}) {
  return (
    <Card title="Danger zone">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-stone-600">{props.explanation}</p>
        <Button
          variant="danger"
          onClick={() => confirm(props.confirmText) && props.onDelete()}
          data-testid={props.testId}
        >
          {props.buttonLabel}
        </Button>
      </div>
    </Card>
  );
}
