"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type DragEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select } from "@/components/ui/field";
import { Cell, Table } from "@/components/ui/table";
import { StatusSettings } from "./status-settings";
import {
  BOARD_SORTS,
  type TBoard,
  type TBoardItem,
  type TBoardStatus,
  type TBoardInput,
} from "@/server/roadmap/board-schemas";

const SORT_LABELS: Record<TBoardInput["sort"], string> = {
  position: "Board order",
  votes: "Votes",
  trending: "Trending",
  newest: "Newest",
  feedback: "Most linked feedback",
  demand: "Demand (sum of an account trait)",
};

const DEFINITIONS =
  "Votes: one per voter. Trending: votes and public comments, each weighed 2^(−age / 7 days), a comment half a vote. " +
  "Demand: the distinct end users among voters and linked feedback's authors, their distinct accounts, and the sum of the chosen account trait (MRR by default) over those accounts.";

const statusKey = (s: { id: string | null; category: string }) => s.id ?? s.category;
const itemKey = (i: TBoardItem) => i.customStatusId ?? i.category;

function StatusDot({ color }: { color: string }) {
  return <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ backgroundColor: color }} />;
}

function ItemCard({
  item,
  statuses,
  canEdit,
  onMove,
  onReorder,
  first,
  last,
}: {
  item: TBoardItem;
  statuses: TBoardStatus[];
  canEdit: boolean;
  onMove: (status: TBoardStatus) => void;
  onReorder: (by: -1 | 1) => void;
  first: boolean;
  last: boolean;
}) {
  const ws = useWorkspace();
  return (
    <li
      className="rounded-md border border-stone-200 bg-white p-3 shadow-xs"
      draggable={canEdit}
      onDragStart={(e) => e.dataTransfer.setData("text/plain", item.id)}
      data-testid="roadmap-card"
    >
      <Link
        href={`/w/${ws.slug}/roadmap/${item.id}`}
        className="text-sm font-medium text-stone-900 hover:text-brand-700"
      >
        {item.title}
      </Link>
      <p className="mt-1 text-xs text-stone-600">
        <span data-testid="roadmap-card-votes">{item.votes} votes</span> · {item.feedback} feedback
        {item.eta ? ` · ETA ${item.eta}` : ""}
        {item.owner ? ` · ${item.owner.name}` : ""}
        {item.isPublic ? "" : " · private"}
      </p>
      {item.tags.length > 0 ? (
        <p className="mt-1 flex flex-wrap gap-1">
          {item.tags.map((t) => (
            <span key={t} className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">
              {t}
            </span>
          ))}
        </p>
      ) : null}
      {canEdit ? (
        <div className="mt-2 flex items-center gap-1">
          <label className="sr-only" htmlFor={`move-${item.id}`}>
            Status of {item.title}
          </label>
          <Select
            id={`move-${item.id}`}
            className="flex-1 py-1 text-xs"
            value={itemKey(item)}
            onChange={(e) => {
              const to = statuses.find((s) => statusKey(s) === e.target.value);
              if (to) onMove(to);
            }}
          >
            {statuses.map((s) => (
              <option key={statusKey(s)} value={statusKey(s)}>
                {s.name}
              </option>
            ))}
          </Select>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${item.title} up`}
            disabled={first}
            onClick={() => onReorder(-1)}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Move ${item.title} down`}
            disabled={last}
            onClick={() => onReorder(1)}
          >
            ↓
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function Board({ board, canEdit }: { board: TBoard; canEdit: boolean }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(
    trpc.roadmap.move.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.roadmap.board.queryKey() }),
    }),
  );
  const columns = board.statuses.map((s) => ({
    status: s,
    items: board.items.filter((i) => itemKey(i) === statusKey(s)).sort((a, b) => a.position - b.position),
  }));
  const moveTo = (item: TBoardItem, status: TBoardStatus, position?: number) =>
    move.mutate({
      workspaceId: ws.id,
      id: item.id,
      category: status.category,
      customStatusId: status.id,
      position: position ?? Math.max(0, ...board.items.map((i) => i.position)) + 1,
    });
  const reorder = (items: TBoardItem[], index: number, by: -1 | 1) => {
    const item = items[index]!;
    const neighbour = items[index + by]!;
    const beyond = items[index + 2 * by];
    // Between the neighbour and the one past it; one step past the end otherwise.
    const position = beyond ? (neighbour.position + beyond.position) / 2 : neighbour.position + by;
    const status = board.statuses.find((s) => statusKey(s) === itemKey(item))!;
    moveTo(item, status, position);
  };
  const drop = (status: TBoardStatus) => (e: DragEvent) => {
    e.preventDefault();
    const item = board.items.find((i) => i.id === e.dataTransfer.getData("text/plain"));
    if (item) moveTo(item, status);
  };
  return (
    <div className="space-y-2">
      {move.error ? <p className="text-sm text-red-700">Could not move it: {errorMessage(move.error)}</p> : null}
      <div
        className="flex gap-3 overflow-x-auto pb-2"
        data-testid="roadmap-board"
        // Scrolls sideways when the columns outgrow the page: reachable from the keyboard.
        tabIndex={0}
        role="region"
        aria-label="Roadmap board"
      >
        {columns.map(({ status, items }) => (
          <section
            key={statusKey(status)}
            aria-label={status.name}
            className="w-64 shrink-0 rounded-lg bg-stone-100 p-2"
            onDragOver={(e) => canEdit && e.preventDefault()}
            onDrop={drop(status)}
            data-testid="roadmap-column"
          >
            <h2 className="mb-2 flex items-center gap-2 px-1 text-sm font-semibold text-stone-800">
              <StatusDot color={status.color} /> {status.name}
              <span className="font-normal text-stone-600">{items.length}</span>
              {status.isPublic ? null : <span className="text-xs font-normal text-stone-600">(not public)</span>}
            </h2>
            <ul className="space-y-2">
              {items.map((item, index) => (
                <ItemCard
                  key={item.id}
                  item={item}
                  statuses={board.statuses}
                  canEdit={canEdit}
                  onMove={(to) => moveTo(item, to)}
                  onReorder={(by) => reorder(items, index, by)}
                  first={index === 0}
                  last={index === items.length - 1}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

function List({ board, trait }: { board: TBoard; trait: string }) {
  const ws = useWorkspace();
  const nameOf = (i: TBoardItem) => board.statuses.find((s) => statusKey(s) === itemKey(i))?.name ?? i.category;
  return (
    <Table
      minWidth="min-w-[900px]"
      columns={[
        { label: "Item" },
        { label: "Status" },
        { label: "Votes", align: "right" },
        { label: "Trending", align: "right" },
        { label: "Feedback", align: "right" },
        { label: "Users", align: "right" },
        { label: "Accounts", align: "right" },
        { label: `Σ ${trait}`, align: "right" },
        { label: "ETA" },
      ]}
    >
      {board.items.map((i) => (
        <tr key={i.id} data-testid="roadmap-row">
          <Cell>
            <Link href={`/w/${ws.slug}/roadmap/${i.id}`} className="font-medium text-stone-900 hover:text-brand-700">
              {i.title}
            </Link>
          </Cell>
          <Cell>{nameOf(i)}</Cell>
          <Cell align="right">{i.votes}</Cell>
          <Cell align="right">{i.trending.toFixed(2)}</Cell>
          <Cell align="right">{i.feedback}</Cell>
          <Cell align="right">{i.demand.users}</Cell>
          <Cell align="right">{i.demand.accounts}</Cell>
          <Cell align="right">{i.demand.traitSum.toLocaleString("en-US")}</Cell>
          <Cell>{i.eta ?? "—"}</Cell>
        </tr>
      ))}
    </Table>
  );
}

/** Dashboard → Roadmap: the board (columns by status, drag or the status menu to move, ↑ ↓ to
 * order) and a list sorted by votes, trending, newest, linked feedback or demand. */
export function RoadmapBoard() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [view, setView] = useState<"board" | "list">("board");
  const [sort, setSort] = useState<TBoardInput["sort"]>("position");
  const [trait, setTrait] = useState("mrr");
  const [title, setTitle] = useState("");
  const canEdit = ws.can("roadmap.write");
  const board = useQuery({
    ...trpc.roadmap.board.queryOptions({ workspaceId: ws.id, sort, demandTrait: trait || "mrr" }),
    placeholderData: keepPreviousData,
  });
  const create = useMutation(
    trpc.roadmap.create.mutationOptions({
      onSuccess: async () => {
        setTitle("");
        await queryClient.invalidateQueries({ queryKey: trpc.roadmap.board.queryKey() });
      },
    }),
  );
  return (
    <div className="space-y-4">
      <PageHeader
        title="Roadmap"
        description="What you are considering, planning, building and have shipped. Feedback links to items from the inbox."
      />
      <Card>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex rounded-md ring-1 ring-stone-300" role="group" aria-label="View">
            {(["board", "list"] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setView(v)}
                className={`px-3 py-2 text-sm ${view === v ? "bg-brand-600 text-white" : "text-stone-700"}`}
              >
                {v === "board" ? "Board" : "List"}
              </button>
            ))}
          </div>
          <Field label="Sort">
            <Select
              value={sort}
              onChange={(e) => setSort(e.target.value as TBoardInput["sort"])}
              data-testid="roadmap-sort"
            >
              {BOARD_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Demand trait">
            <Input
              value={trait}
              onChange={(e) => setTrait(e.target.value.replace(/[^A-Za-z0-9_]/g, ""))}
              className="w-32"
            />
          </Field>
          {canEdit ? (
            <form
              className="ml-auto flex items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                if (title.trim()) create.mutate({ workspaceId: ws.id, title, status: "considering" });
              }}
            >
              <Field label="New item" error={create.error ? (errorMessage(create.error) ?? undefined) : undefined}>
                <Input
                  value={title}
                  onChange={(e) => setTitle(e.target.value)}
                  placeholder="Title"
                  data-testid="roadmap-new-title"
                />
              </Field>
              <Button type="submit" disabled={create.isPending}>
                Add
              </Button>
            </form>
          ) : null}
        </div>
        <p className="mt-3 text-xs text-stone-500">{DEFINITIONS}</p>
      </Card>
      {board.error ? (
        <p className="text-sm text-red-700">Could not load the roadmap: {errorMessage(board.error)}</p>
      ) : !board.data ? (
        <Loading />
      ) : board.data.items.length === 0 ? (
        <EmptyState title="Nothing on the roadmap yet">
          {canEdit
            ? "Add an item above, or create one from a piece of feedback in the inbox."
            : "PMs add items here, or from feedback in the inbox."}
        </EmptyState>
      ) : view === "board" ? (
        <Board board={board.data} canEdit={canEdit} />
      ) : (
        <Card>
          <List board={board.data} trait={trait || "mrr"} />
        </Card>
      )}
      {canEdit ? <StatusSettings /> : null}
    </div>
  );
}
