"use client";

import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { issuesByPath, serverIssues } from "@/components/ui/form-errors";
import { FEEDBACK_CATEGORIES } from "@/server/contract/widget-protocol";
import { ZCreateFeedbackInput } from "@/server/feedback/schemas";
import { Dialog } from "@/components/ui/dialog";
import { CATEGORY_LABELS } from "./labels";
import type { Triage } from "./use-triage";

/** Writes down what a customer said on a call, in an email or a ticket (source "Added by a PM"). */
export function AddFeedbackDialog({
  triage,
  onClose,
  onDone,
}: {
  triage: Triage;
  onClose: () => void;
  onDone: (id: string) => void;
}) {
  const ws = useWorkspace();
  const [form, setForm] = useState({ text: "", userExternalId: "", accountExternalId: "", category: "", tags: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fromServer = serverIssues(triage.create.error);
  const fieldError = (key: string) => errors[key] ?? fromServer[key];

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZCreateFeedbackInput.safeParse({
      text: form.text,
      userExternalId: form.userExternalId,
      accountExternalId: form.accountExternalId,
      category: form.category || null,
      tags: form.tags
        .split(",")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    });
    setErrors(issuesByPath(parsed.error));
    if (parsed.success)
      triage.create.mutate({ workspaceId: ws.id, ...parsed.data }, { onSuccess: (row) => onDone(row.id) });
  }

  return (
    <Dialog title="Add feedback" onClose={onClose} wide testId="add-feedback-dialog">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="What did the customer say?" error={fieldError("text")}>
          <Textarea
            rows={5}
            value={form.text}
            autoFocus
            data-autofocus
            onChange={(e) => setForm({ ...form, text: e.target.value })}
            data-testid="add-feedback-text"
          />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="User id (optional)"
            hint="As your product sends it to identify."
            error={fieldError("userExternalId")}
          >
            <Input
              value={form.userExternalId}
              onChange={(e) => setForm({ ...form, userExternalId: e.target.value })}
              className="font-mono"
            />
          </Field>
          <Field
            label="Account id (optional)"
            hint="Defaults to the user's account."
            error={fieldError("accountExternalId")}
          >
            <Input
              value={form.accountExternalId}
              onChange={(e) => setForm({ ...form, accountExternalId: e.target.value })}
              className="font-mono"
            />
          </Field>
          <Field label="Category" error={fieldError("category")}>
            <Select value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value })}>
              <option value="">None</option>
              {FEEDBACK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c] ?? c}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Tags" hint="Separated by commas." error={fieldError("tags")}>
            <Input
              value={form.tags}
              onChange={(e) => setForm({ ...form, tags: e.target.value })}
              placeholder="call, enterprise"
            />
          </Field>
        </div>
        {triage.create.error && Object.keys(fromServer).length === 0 ? (
          <p className="text-sm text-red-700">{errorMessage(triage.create.error)}</p>
        ) : null}
        <div className="flex justify-end">
          <Button type="submit" disabled={triage.create.isPending} data-testid="add-feedback-save">
            {triage.create.isPending ? "Adding…" : "Add feedback"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
