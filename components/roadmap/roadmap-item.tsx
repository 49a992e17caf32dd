"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { TItemDetail } from "@/server/roadmap/board-schemas";
import { ItemEditor } from "./item-editor";

const when = (d: Date) => d.toISOString().slice(0, 10);

/** Merge into another item: search by title, confirm; the result says what moved. */
function MergeBox({ item }: { item: TItemDetail }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const found = useQuery({
    ...trpc.roadmap.list.queryOptions({ workspaceId: ws.id, q, limit: 8 }),
    enabled: q.trim().length > 1,
  });
  const merge = useMutation(
    trpc.roadmap.merge.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.roadmap.pathKey() }),
    }),
  );
  return (
    <Card
      title="Merge into another item"
      description="Votes move once per voter; linked feedback and comments move; this item closes and its page points there. Undoable from the target's page."
    >
      <Field label="Find the item to keep">
        <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title words" data-testid="merge-search" />
      </Field>
      <ul className="mt-2 space-y-1">
        {(found.data?.items ?? [])
          .filter((t) => t.id !== item.id)
          .map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-2 text-sm">
              <span>{t.title}</span>
              <Button
                size="sm"
                variant="secondary"
                disabled={merge.isPending}
                onClick={() => {
                  if (window.confirm(`Merge "${item.title}" into "${t.title}"?`))
                    merge.mutate({ workspaceId: ws.id, sourceId: item.id, targetId: t.id });
                }}
              >
                Merge into this
              </Button>
            </li>
          ))}
      </ul>
      {merge.error ? <p className="mt-2 text-sm text-red-700">{errorMessage(merge.error)}</p> : null}
    </Card>
  );
}

function Comments({ item, canEdit }: { item: TItemDetail; canEdit: boolean }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(true);
  const add = useMutation(
    trpc.roadmap.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries({
          queryKey: trpc.roadmap.item.queryKey({ workspaceId: ws.id, id: item.id }),
        });
      },
    }),
  );
  return (
    <Card
      title={`Comments and internal notes (${item.comments.length})`}
      description="Internal notes are never shown on the public roadmap."
    >
      <ul className="space-y-2" data-testid="roadmap-comments">
        {item.comments.map((c) => (
          <li key={c.id} className={`rounded-md p-2 text-sm ${c.internal ? "bg-amber-50" : "bg-stone-50"}`}>
            <p className="text-xs text-stone-600">
              {c.author} · {when(c.at)} {c.internal ? "· internal note" : "· public"}
            </p>
            <p className="whitespace-pre-wrap text-stone-900">{c.body}</p>
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate({ workspaceId: ws.id, id: item.id, body, internal });
          }}
        >
          <Field label="Add" error={add.error ? (errorMessage(add.error) ?? undefined) : undefined}>
            <Textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} /> Internal note
          </label>
          <Button type="submit" disabled={add.isPending || body.trim() === ""}>
            {internal ? "Add note" : "Comment publicly"}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}

/** Dashboard → Roadmap → an item: status and its history, voters, linked feedback, comments and
 * internal notes, merge (and undo of the last merge into it). */
export function RoadmapItemPage({ id }: { id: string }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.roadmap.item.queryOptions({ workspaceId: ws.id, id }));
  const undo = useMutation(
    trpc.roadmap.undoMerge.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.roadmap.pathKey() }),
    }),
  );
  const canEdit = ws.can("roadmap.write");
  if (query.error) return <p className="text-sm text-red-700">Could not load the item: {errorMessage(query.error)}</p>;
  const item = query.data;
  if (!item) return <Loading />;
  const base = `/w/${ws.slug}/roadmap`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Roadmap
        </Link>
      </p>
      <PageHeader
        title={item.title}
        description={`${item.status.name}${item.eta ? ` · ETA ${item.eta}` : ""}${item.owner ? ` · owner ${item.owner.name}` : ""}${item.isPublic ? "" : " · private"}`}
      />
      {item.mergedInto ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" role="status">
          Merged into{" "}
          <Link className="font-medium underline" href={`${base}/${item.mergedInto.id}`}>
            {item.mergedInto.title}
          </Link>
          .
        </p>
      ) : null}
      {item.lastMerge && canEdit ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          &ldquo;{item.lastMerge.sourceTitle}&rdquo; was merged into this item on {when(item.lastMerge.at)}.
          <Button
            size="sm"
            variant="secondary"
            disabled={undo.isPending}
            onClick={() => undo.mutate({ workspaceId: ws.id, id: item.lastMerge!.id })}
          >
            Undo the merge
          </Button>
          {undo.error ? <span className="text-red-700">{errorMessage(undo.error)}</span> : null}
        </p>
      ) : null}
      {item.description ? <p className="whitespace-pre-wrap text-sm text-stone-800">{item.description}</p> : null}
      {canEdit && !item.mergedInto ? (
        <ItemEditor
          key={JSON.stringify([item.title, item.description, item.tags, item.eta, item.owner, item.isPublic])}
          item={item}
        />
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`Voters (${item.voters.length})`}>
          <ul className="space-y-1 text-sm" data-testid="roadmap-voters">
            {item.voters.map((v, i) => (
              <li key={i}>
                {v.endUserId ? (
                  <Link href={`/w/${ws.slug}/users/${v.endUserId}`} className="text-brand-700 hover:underline">
                    {v.label}
                  </Link>
                ) : (
                  v.label
                )}
                <span className="text-xs text-stone-600">
                  {v.persona ? ` · ${v.persona}` : ""}
                  {v.account ? ` · ${v.account}` : ""} · {when(v.at)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={`Linked feedback (${item.feedback.length})`}>
          <ul className="space-y-2 text-sm">
            {item.feedback.map((f) => (
              <li key={f.id}>
                <p className="text-stone-900">&ldquo;{f.text}&rdquo;</p>
                <p className="text-xs text-stone-600">
                  {f.author ?? "Anonymous"} · {when(f.at)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Status history">
          <ol className="space-y-1 text-sm" data-testid="roadmap-history">
            {item.history.map((h, i) => (
              <li key={i}>
                {h.from ?? "—"} → <strong>{h.to}</strong>
                <span className="text-xs text-stone-600">
                  {" "}
                  · {h.by ?? "someone"} · {when(h.at)}
                </span>
              </li>
            ))}
            {item.history.length === 0 ? <li className="text-stone-600">Not moved yet.</li> : null}
          </ol>
        </Card>
        <Comments item={item} canEdit={canEdit} />
      </div>
      {canEdit && !item.mergedInto ? <MergeBox item={item} /> : null}
    </div>
  );
}
