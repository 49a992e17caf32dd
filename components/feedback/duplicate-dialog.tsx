"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { errorMessage } from "@/components/ui/errors";
import { Combobox } from "@/components/ui/combobox";
import type { FeedbackRow } from "@/server/feedback/schemas";
import { Dialog } from "@/components/ui/dialog";
import { FeedbackStatusBadge, timeAgo } from "./labels";
import type { Triage } from "./use-triage";
import { useDebounced } from "./use-debounced";
import { VisibleText } from "@/components/ui/visible-text";

/** Picks the original this feedback repeats. A duplicate picked as the original stands for its own
 * original (the server follows the chain), so every duplicate points at an original. */
export function DuplicateDialog({
  target,
  triage,
  onClose,
  onDone,
}: {
  target: FeedbackRow;
  triage: Triage;
  onClose: () => void;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [q, setQ] = useState("");
  const query = useDebounced(q);
  const results = useQuery(trpc.feedback.list.queryOptions({ workspaceId: ws.id, q: query, limit: 15 }));
  const candidates = (results.data?.items ?? []).filter((r) => r.id !== target.id);
  const pick = (duplicateOfId: string) =>
    triage.markDuplicate.mutate({ workspaceId: ws.id, id: target.id, duplicateOfId }, { onSuccess: onDone });

  return (
    <Dialog title="Mark as duplicate of…" onClose={onClose} wide testId="duplicate-dialog">
      <p className="mb-3 line-clamp-2 text-sm text-stone-600">
        “<VisibleText text={target.text} />”
      </p>
      <Combobox
        label="Find the original"
        hint="It keeps its tags and assignee; feedback already marked as its duplicate moves with it to the original."
        placeholder="Words from its text, its author or account"
        search={[q, setQ]}
        results={results}
        options={candidates}
        empty="Nothing else matches."
        view={(c) => ({
          title: c.text,
          details: `${c.author?.name ?? c.author?.externalId ?? "Anonymous"} · ${timeAgo(c.createdAt)}`,
          end: <FeedbackStatusBadge status={c.status} />,
        })}
        onPick={(c) => pick(c.id)}
        disabled={triage.markDuplicate.isPending}
        testId="duplicate"
      />
      {triage.markDuplicate.error ? (
        <p className="mt-2 text-sm text-red-700">{errorMessage(triage.markDuplicate.error)}</p>
      ) : null}
    </Dialog>
  );
}
