"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import type { FeedbackRow } from "@/server/feedback/schemas";
import { Dialog } from "./dialog";
import { FeedbackStatusBadge, timeAgo } from "./labels";
import type { Triage } from "./use-triage";
import { useDebounced } from "./use-debounced";

/** Picks the original this feedback repeats. A duplicate picked as the original stands for its own
 * original (the server follows the chain), so every duplicate points at an original. */
export function DuplicateDialog({ target, triage, onClose, onDone }: { target: FeedbackRow; triage: Triage; onClose: () => void; onDone: () => void }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [q, setQ] = useState("");
  const query = useDebounced(q);
  const results = useQuery(trpc.feedback.list.queryOptions({ workspaceId: ws.id, q: query, limit: 15 }));
  const candidates = (results.data?.items ?? []).filter((r) => r.id !== target.id);
  const pick = (duplicateOfId: string) => triage.markDuplicate.mutate({ workspaceId: ws.id, id: target.id, duplicateOfId }, { onSuccess: onDone });

  return (
    <Dialog title="Mark as duplicate of…" onClose={onClose} wide testId="duplicate-dialog">
      <p className="mb-3 line-clamp-2 text-sm text-stone-600">“{target.text}”</p>
      <Field label="Find the original" hint="It keeps its tags and assignee; feedback already marked as its duplicate moves with it to the original.">
        <Input type="search" value={q} autoFocus data-autofocus placeholder="Words from its text, its author or account" onChange={(e) => setQ(e.target.value)} data-testid="duplicate-search" />
      </Field>
      <div className="mt-3">
        {results.isLoading ? <Loading /> : null}
        {results.error ? <p className="text-sm text-red-700">{results.error.message}</p> : null}
        {results.data && candidates.length === 0 ? <p className="text-sm text-stone-500">Nothing else matches.</p> : null}
        <ul className="max-h-72 divide-y divide-stone-100 overflow-y-auto rounded-md ring-1 ring-stone-200">
          {candidates.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="flex w-full items-start justify-between gap-3 px-3 py-2 text-left text-sm hover:bg-stone-50 focus-visible:bg-brand-50 focus-visible:outline-none disabled:opacity-50"
                onClick={() => pick(c.id)}
                disabled={triage.markDuplicate.isPending}
                data-testid="duplicate-option"
              >
                <span className="min-w-0">
                  <span className="line-clamp-2 text-stone-900">{c.text}</span>
                  <span className="text-xs text-stone-500">{c.author?.name ?? c.author?.externalId ?? "Anonymous"} · {timeAgo(c.createdAt)}</span>
                </span>
                <FeedbackStatusBadge status={c.status} />
              </button>
            </li>
          ))}
        </ul>
        {triage.markDuplicate.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(triage.markDuplicate.error)}</p> : null}
      </div>
    </Dialog>
  );
}
