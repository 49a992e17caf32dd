"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import { ZTagName } from "@/server/feedback/schemas";
import { Dialog } from "@/components/ui/dialog";
import type { Triage } from "./use-triage";

/** Adds a tag to (or removes it from) every chosen piece of feedback. */
export function TagDialog({
  ids,
  triage,
  onClose,
  onDone,
}: {
  ids: string[];
  triage: Triage;
  onClose: () => void;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const listId = useId();
  const tags = useQuery(trpc.feedback.tags.queryOptions({ workspaceId: ws.id }));
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const pending = triage.addTags.isPending || triage.removeTags.isPending;
  const serverError = triage.addTags.error ?? triage.removeTags.error;

  function run(kind: "add" | "remove", raw = name) {
    const parsed = ZTagName.safeParse(raw);
    setError(parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the tag"));
    if (!parsed.success) return;
    const mutation = kind === "add" ? triage.addTags : triage.removeTags;
    mutation.mutate({ workspaceId: ws.id, ids, tags: [parsed.data] }, { onSuccess: onDone });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    run("add");
  }

  return (
    <Dialog
      title={ids.length === 1 ? "Tag this feedback" : `Tag ${ids.length} pieces of feedback`}
      onClose={onClose}
      testId="tag-dialog"
    >
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <Field label="Tag" error={error ?? undefined} hint="Lower-cased; at most 40 characters.">
          <Input
            value={name}
            autoFocus
            data-autofocus
            list={listId}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
            data-testid="tag-input"
          />
        </Field>
        <datalist id={listId}>
          {tags.data?.tags.map((t) => (
            <option key={t.name} value={t.name} />
          ))}
        </datalist>
        {tags.data && tags.data.tags.length > 0 ? (
          <div className="flex flex-wrap gap-1.5" aria-label="Tags in use">
            {tags.data.tags.slice(0, 12).map((t) => (
              <button
                key={t.name}
                type="button"
                onClick={() => run("add", t.name)}
                disabled={pending}
                className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-700 hover:bg-brand-50 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500"
              >
                #{t.name} <span className="text-stone-500">{t.count}</span>
              </button>
            ))}
          </div>
        ) : null}
        {serverError ? <p className="text-sm text-red-700">{errorMessage(serverError)}</p> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => run("remove")} disabled={pending}>
            Remove tag
          </Button>
          <Button type="submit" disabled={pending} data-testid="tag-add">
            Add tag
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
