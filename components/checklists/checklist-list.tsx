"use client";

import Link from "next/link";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { canWrite, useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { targetingSummary } from "@/components/settings/targeting-summary";
import { StatusBadge } from "./labels";
import { SavedPreview } from "./saved-preview";

export function ChecklistList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = canWrite(ws.role, "product");
  const list = useInfiniteQuery(
    trpc.checklist.list.infiniteQueryOptions({ workspaceId: ws.id, limit: 25 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const setStatus = useMutation(trpc.checklist.setStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.checklist.pathFilter()) }));
  const [previewId, setPreviewId] = useState<string | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title="Checklists"
      action={writable ? <Link href={`/w/${ws.slug}/onboarding/new`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="new-checklist">New checklist</Link> : null}
    >
      {list.isLoading ? <Loading /> : null}
      {list.error ? <p className="text-sm text-red-700">{list.error.message}</p> : null}
      {list.data && rows.length === 0 ? (
        <EmptyState title="No checklists yet">
          A checklist walks new users through the few steps that make them successful, inside your product. Each step completes by itself when its event is tracked.
          {writable ? <> <Link className="text-brand-700 hover:underline" href={`/w/${ws.slug}/onboarding/new`}>Create the first one</Link>.</> : null}
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <div className="-mx-4 overflow-x-auto">
          <table className="w-full min-w-[720px] text-left text-sm">
            <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="px-4 py-2 font-medium">Checklist</th>
                <th className="px-4 py-2 font-medium">Shown to</th>
                <th className="px-4 py-2 text-right font-medium">Items</th>
                <th className="px-4 py-2 text-right font-medium">Holdout</th>
                <th className="px-4 py-2 text-right font-medium" title="Users who got it in the widget; of them, who finished every item">Exposed · done</th>
                <th className="px-4 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((c) => (
                <tr key={c.id} data-testid="checklist-row">
                  <td className="px-4 py-3">
                    <Link href={`/w/${ws.slug}/onboarding/${c.id}`} className="font-medium text-stone-900 hover:text-brand-700">{c.title}</Link>
                    <div className="mt-1 flex items-center gap-2 text-xs text-stone-500">
                      <StatusBadge status={c.status} />
                      {c.goalEvent ? <span>goal: <code className="font-mono">{c.goalEvent}</code></span> : null}
                    </div>
                  </td>
                  <td className="max-w-xs px-4 py-3 text-stone-600">
                    <span className={c.targeting.missingPersonas > 0 ? "text-amber-700" : ""}>{targetingSummary(c.targeting)}</span>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.itemsCount}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.holdoutPercent}%</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {c.users.exposed.toLocaleString("en-US")} · {c.users.completed.toLocaleString("en-US")}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right">
                    <div className="flex justify-end gap-1">
                      <Button variant="ghost" onClick={() => setPreviewId(previewId === c.id ? null : c.id)} aria-expanded={previewId === c.id}>Preview</Button>
                      <Link className="rounded-md px-3 py-2 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-900" href={`/w/${ws.slug}/onboarding/${c.id}/reports`}>Reports</Link>
                      {writable ? (
                        c.status === "live" ? (
                          <Button variant="secondary" disabled={setStatus.isPending} onClick={() => setStatus.mutate({ workspaceId: ws.id, id: c.id, status: "archived" })}>Archive</Button>
                        ) : (
                          <Button variant="secondary" disabled={setStatus.isPending} onClick={() => setStatus.mutate({ workspaceId: ws.id, id: c.id, status: "live" })}>Go live</Button>
                        )
                      ) : null}
                      <Link className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50" href={`/w/${ws.slug}/onboarding/${c.id}`}>{writable ? "Edit" : "View"}</Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.hasNextPage ? (
        <div className="mt-3 text-center">
          <Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>{list.isFetchingNextPage ? "Loading…" : "Load more"}</Button>
        </div>
      ) : null}
      {setStatus.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(setStatus.error)}</p> : null}
      {previewId ? (
        <div className="mt-4 max-w-md" data-testid="list-preview">
          <SavedPreview key={previewId} checklistId={previewId} personas={personas.data?.personas ?? []} />
          <Button variant="ghost" className="mt-2" onClick={() => setPreviewId(null)}>Close preview</Button>
        </div>
      ) : null}
    </Card>
  );
}
