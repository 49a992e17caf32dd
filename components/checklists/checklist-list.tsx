"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button, ButtonLink } from "@/components/ui/button";
import { CreatableListCard } from "@/components/ui/paged-list";
import { ActionsCell, Cell, Table, TitleCell, type Column } from "@/components/ui/table";
import { errorMessage } from "@/components/ui/errors";
import { targetingSummary } from "@/components/targeting/targeting-summary";
import { StatusBadge } from "./labels";
import { SavedPreview } from "./saved-preview";

const COLUMNS: Column[] = [
  { label: "Checklist" },
  { label: "Shown to" },
  { label: "Items", align: "right" },
  { label: "Holdout", align: "right" },
  { label: "Exposed · done", align: "right", hint: "Users who got it in the widget; of them, who finished every item" },
  {},
];

export function ChecklistList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("checklists.write");
  const list = useInfiniteQuery(
    trpc.checklist.list.infiniteQueryOptions(
      { workspaceId: ws.id, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const setStatus = useMutation(
    trpc.checklist.setStatus.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.checklist.pathFilter()),
    }),
  );
  const [previewId, setPreviewId] = useState<string | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <CreatableListCard
      title="Checklists"
      newItem={
        writable ? { href: `/w/${ws.slug}/onboarding/new`, label: "New checklist", testId: "new-checklist" } : null
      }
      query={list}
      count={rows.length}
      empty={{
        title: "No checklists yet",
        text: "A checklist walks new users through the few steps that make them successful, inside your product. Each step completes by itself when its event is tracked.",
      }}
      footer={
        <>
          {setStatus.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(setStatus.error)}</p> : null}
          {previewId ? (
            <div className="mt-4 max-w-md" data-testid="list-preview">
              <SavedPreview key={previewId} checklistId={previewId} personas={personas.data?.personas ?? []} />
              <Button variant="ghost" className="mt-2" onClick={() => setPreviewId(null)}>
                Close preview
              </Button>
            </div>
          ) : null}
        </>
      }
    >
      <Table minWidth="min-w-[720px]" columns={COLUMNS}>
        {rows.map((c) => (
          <tr key={c.id} data-testid="checklist-row">
            <TitleCell href={`/w/${ws.slug}/onboarding/${c.id}`} title={c.title}>
              <StatusBadge status={c.status} />
              {c.goalEvent ? (
                <span>
                  goal: <code className="font-mono">{c.goalEvent}</code>
                </span>
              ) : null}
            </TitleCell>
            <Cell className="max-w-xs text-stone-600">
              <span className={c.targeting.missingPersonas > 0 ? "text-amber-700" : ""}>
                {targetingSummary(c.targeting)}
              </span>
            </Cell>
            <Cell align="right">{c.itemsCount}</Cell>
            <Cell align="right">{c.holdoutPercent}%</Cell>
            <Cell align="right">
              {c.users.exposed.toLocaleString("en-US")} · {c.users.completed.toLocaleString("en-US")}
            </Cell>
            <ActionsCell>
              <Button
                variant="ghost"
                onClick={() => setPreviewId(previewId === c.id ? null : c.id)}
                aria-expanded={previewId === c.id}
              >
                Preview
              </Button>
              <ButtonLink variant="ghost" href={`/w/${ws.slug}/onboarding/${c.id}/reports`}>
                Reports
              </ButtonLink>
              {writable ? (
                <Button
                  variant="secondary"
                  disabled={setStatus.isPending}
                  onClick={() =>
                    setStatus.mutate({
                      workspaceId: ws.id,
                      id: c.id,
                      status: c.status === "live" ? "archived" : "live",
                    })
                  }
                >
                  {c.status === "live" ? "Archive" : "Go live"}
                </Button>
              ) : null}
              <ButtonLink variant="quiet" href={`/w/${ws.slug}/onboarding/${c.id}`}>
                {writable ? "Edit" : "View"}
              </ButtonLink>
            </ActionsCell>
          </tr>
        ))}
      </Table>
    </CreatableListCard>
  );
}
