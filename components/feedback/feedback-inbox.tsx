"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { PagedList } from "@/components/ui/paged-list";
import type { FeedbackRow } from "@/server/feedback/schemas";
import { FeedbackDetail } from "./feedback-detail";
import { FeedbackRowWithDetail } from "./feedback-list-row";
import { FilterBar } from "./filter-bar";
import { useFilterOptions } from "./use-filter-options";
import { InboxDialogs, plural, type DialogState } from "./inbox-dialogs";
import { focusAfterTriage, stepIndex, toggled } from "./inbox-focus";
import { EMPTY_FILTERS, filtersFromParams, filtersToInput, paramsFromFilters, type FilterState } from "./filter-params";
import { type ShortcutAction } from "./shortcuts";
import { BulkBar } from "./bulk-bar";
import { useShortcutKeys } from "./use-shortcut-keys";
import { useWide } from "./use-wide";
import { useDebounced } from "./use-debounced";
import { useTriage } from "./use-triage";

const PAGE = 50;

/** The PM's inbox: every piece of feedback, filters and search, triage one by one or in bulk,
 * from the mouse or the keyboard. Viewers get the same view without the controls. */
export function FeedbackInbox() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const writable = ws.can("feedback.write");
  const pathname = usePathname();
  const params = useSearchParams();
  const wide = useWide();
  const triage = useTriage();

  // ---- filters (in the URL) and search (debounced into it)
  const filters = useMemo(() => filtersFromParams(params), [params]);
  // The native history API updates useSearchParams without a server round trip per keystroke.
  const setFilters = useCallback(
    (next: FilterState) => {
      const query = paramsFromFilters(next).toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  const [search, setSearch] = useState(filters.q);
  const settledSearch = useDebounced(search, 300);
  // Only a newly settled search writes the URL; the other filters changing must not write back
  // the search typed before them.
  const applySearch = useEffectEvent((q: string) => {
    if (q !== filters.q) setFilters({ ...filters, q });
  });
  useEffect(() => applySearch(settledSearch), [settledSearch]);
  const input = useMemo(() => ({ workspaceId: ws.id, ...filtersToInput(filters) }), [ws.id, filters]);
  const countsInput = useMemo(() => {
    const { status: _status, ...rest } = input;
    return rest;
  }, [input]);

  // ---- data
  const list = useInfiniteQuery(
    trpc.feedback.list.infiniteQueryOptions(
      { ...input, limit: PAGE },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const counts = useQuery(trpc.feedback.counts.queryOptions(countsInput));
  const me = useQuery(trpc.account.me.queryOptions());
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const options = useFilterOptions(ws.id);

  // ---- focus, selection, dialogs
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState("");
  const lastIndex = useRef(0);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const searchRef = useRef<HTMLInputElement>(null);
  const moveDomFocus = useRef(false);

  const focusedIndex = focusedId ? rows.findIndex((r) => r.id === focusedId) : -1;
  if (focusedIndex >= 0) lastIndex.current = focusedIndex;
  // An item opened from a link (its original, a duplicate) may not be in the filtered list.
  const outside = useQuery({
    ...trpc.feedback.get.queryOptions({ workspaceId: ws.id, id: focusedId ?? "" }),
    enabled: focusedId !== null && focusedIndex < 0 && list.isSuccess,
  });
  const focused: FeedbackRow | null = focusedIndex >= 0 ? rows[focusedIndex]! : (outside.data ?? null);

  // When the open item leaves the list (triaged out of a "New" view), open the one now in its place.
  useEffect(() => {
    if (!list.isSuccess || rows.length === 0) return;
    if (focusedId === null || (focusedIndex < 0 && outside.isError))
      setFocusedId(rows[Math.min(lastIndex.current, rows.length - 1)]!.id);
  }, [list.isSuccess, rows, focusedId, focusedIndex, outside.isError]);

  // Other filters, other list: start again from its first row.
  // (Both adjust state while rendering, React's pattern for state derived from a change.)
  const filterKey = paramsFromFilters(filters).toString();
  const [listedFor, setListedFor] = useState(filterKey);
  if (listedFor !== filterKey) {
    setListedFor(filterKey);
    lastIndex.current = 0;
    setFocusedId(null);
  }

  // Selection only ever covers rows on screen.
  const [selectableRows, setSelectableRows] = useState(rows);
  if (selectableRows !== rows) {
    setSelectableRows(rows);
    setSelected((prev) => {
      const visible = new Set(rows.map((r) => r.id));
      const next = new Set([...prev].filter((id) => visible.has(id)));
      return next.size === prev.size ? prev : next;
    });
  }

  useEffect(() => {
    if (!moveDomFocus.current || !focusedId) return;
    moveDomFocus.current = false;
    const el = rowButtons.current.get(focusedId);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  }, [focusedId]);

  const selectedRows = rows.filter((r) => selected.has(r.id));
  const targets: FeedbackRow[] = selectedRows.length > 0 ? selectedRows : focused ? [focused] : [];
  const targetIds = targets.map((t) => t.id);

  function afterTriage(ids: string[], status: string | null) {
    setSelected(new Set());
    const next = focusAfterTriage({ rows, focusedId, focusedIndex, ids, status, statusFilter: filters.status });
    if (next === undefined) return;
    moveDomFocus.current = true;
    setFocusedId(next);
  }

  function setStatus(status: "new" | "triaged" | "dismissed") {
    if (targetIds.length === 0) return;
    const ids = targetIds;
    triage.setStatus.mutate(
      { workspaceId: ws.id, ids, status },
      {
        onSuccess: () => {
          setNotice(`${plural(ids.length)} marked ${status}.`);
          afterTriage(ids, status);
        },
      },
    );
  }

  function assign(assigneeId: string | null) {
    if (targetIds.length === 0) return;
    const n = targetIds.length;
    triage.assign.mutate(
      { workspaceId: ws.id, ids: targetIds, assigneeId },
      { onSuccess: () => setNotice(`${plural(n)} ${assigneeId ? "assigned" : "unassigned"}.`) },
    );
  }

  function move(step: 1 | -1) {
    if (rows.length === 0) return;
    const to = stepIndex(rows.length, focusedIndex, step);
    if (step === 1 && to >= rows.length - 5 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
    moveDomFocus.current = true;
    setFocusedId(rows[to]!.id);
  }

  const run = (action: ShortcutAction) => {
    switch (action) {
      case "next":
        return move(1);
      case "previous":
        return move(-1);
      case "toggleSelect":
        if (focusedId && focusedIndex >= 0) toggleSelected(focusedId);
        return;
      case "triage":
        return setStatus("triaged");
      case "dismiss":
        return setStatus("dismissed");
      case "markNew":
        return setStatus("new");
      case "link":
        if (targets.length > 0) setDialog({ kind: "link", targets });
        return;
      case "duplicate":
        if (targets.length === 1) setDialog({ kind: "duplicate", target: targets[0]! });
        else if (targets.length > 1) setNotice("Mark duplicates one at a time: select a single piece of feedback.");
        return;
      case "tag":
        if (targetIds.length > 0) setDialog({ kind: "tag", ids: targetIds });
        return;
      case "assignMe":
        if (me.data) assign(me.data.id);
        return;
      case "focusSearch":
        return searchRef.current?.focus();
      case "help":
        return setDialog({ kind: "help" });
      case "escape":
        setSelected(new Set());
        return;
    }
  };
  useShortcutKeys(run, { paused: dialog !== null, writable });

  function toggleSelected(id: string) {
    setSelected((prev) => toggled(prev, id));
  }

  const closeDialog = () => setDialog(null);

  const allShownSelected = rows.length > 0 && selectedRows.length === rows.length;
  const filtered = filterKey !== "";
  const mutationError = triage.setStatus.error ?? triage.assign.error;

  const detail = focused ? (
    <FeedbackDetail
      row={focused}
      writable={writable}
      triage={triage}
      members={options.members}
      actions={{
        link: () => setDialog({ kind: "link", targets: [focused] }),
        duplicate: () => setDialog({ kind: "duplicate", target: focused }),
        tag: () => setDialog({ kind: "tag", ids: [focused.id] }),
        open: (id) => setFocusedId(id),
      }}
    />
  ) : null;

  return (
    <div>
      <PageHeader
        title="Feedback"
        description="Everything your users told you — from the feedback button, survey answers and roadmap ideas — in one inbox. Triage it into your roadmap."
        action={
          <div className="flex flex-wrap gap-2">
            <Button variant="ghost" onClick={() => setDialog({ kind: "help" })} aria-keyshortcuts="?">
              Shortcuts <kbd className="text-xs text-stone-500">?</kbd>
            </Button>
            <Link
              href={`/w/${ws.slug}/feedback/settings`}
              className="rounded-md px-3 py-2 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-brand-500"
            >
              Feedback button
            </Link>
            {writable ? (
              <Button onClick={() => setDialog({ kind: "add" })} data-testid="add-feedback">
                Add feedback
              </Button>
            ) : null}
          </div>
        }
      />

      <FilterBar
        filters={filters}
        onChange={setFilters}
        search={search}
        onSearch={setSearch}
        searchRef={searchRef}
        counts={counts.data}
        options={options}
      />

      {writable && selectedRows.length > 0 ? (
        <BulkBar
          count={selectedRows.length}
          members={options.members}
          assignPending={triage.assign.isPending}
          onStatus={setStatus}
          onTag={() => setDialog({ kind: "tag", ids: targetIds })}
          onLink={() => setDialog({ kind: "link", targets: selectedRows })}
          onAssign={assign}
          onClear={() => setSelected(new Set())}
        />
      ) : null}

      <p className="sr-only" role="status" aria-live="polite">
        {notice}
      </p>
      {notice ? (
        <p className="mt-3 text-sm text-brand-700" data-testid="inbox-notice">
          {notice}
        </p>
      ) : null}
      {mutationError ? <p className="mt-3 text-sm text-red-700">{errorMessage(mutationError)}</p> : null}

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(320px,420px)]">
        <section className="min-w-0 rounded-lg border border-stone-200 bg-white shadow-xs" aria-label="Feedback list">
          <div className="flex items-center gap-3 border-b border-stone-100 px-4 py-2 text-xs text-stone-500">
            {writable ? (
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={allShownSelected}
                disabled={rows.length === 0}
                onChange={() => setSelected(allShownSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                aria-label="Select all shown"
                data-testid="select-all"
              />
            ) : null}
            <span>{list.isSuccess ? `${rows.length}${list.hasNextPage ? "+" : ""} shown` : ""}</span>
            <span className="ml-auto hidden sm:inline">
              j / k to move{writable ? " · x to select · t triaged · d dismiss · l link" : ""} · ? help
            </span>
          </div>
          <PagedList
            query={list}
            count={rows.length}
            inset
            loadingLabel="Loading feedback…"
            errorLead="The feedback could not be loaded"
            retry
            errorTestId="inbox-error"
            empty={
              filtered ? (
                <EmptyState title="Nothing matches these filters">
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setSearch("");
                      setFilters(EMPTY_FILTERS);
                    }}
                  >
                    Clear filters
                  </Button>
                </EmptyState>
              ) : (
                <EmptyState title="No feedback yet">
                  Feedback arrives here from the widget&apos;s feedback button, from comments on your surveys and from
                  ideas on your public roadmap.
                  {writable ? " You can also add what a customer told you on a call." : ""}
                </EmptyState>
              )
            }
          >
            <ul className="divide-y divide-stone-100" data-testid="feedback-list">
              {rows.map((row) => (
                <FeedbackRowWithDetail
                  key={row.id}
                  row={row}
                  focused={row.id === focusedId}
                  selected={selected.has(row.id)}
                  writable={writable}
                  onOpen={() => setFocusedId(row.id)}
                  onToggle={() => toggleSelected(row.id)}
                  buttonRef={(el) => {
                    if (el) rowButtons.current.set(row.id, el);
                    else rowButtons.current.delete(row.id);
                  }}
                  inlineDetail={!wide && row.id === focusedId ? detail : null}
                />
              ))}
            </ul>
          </PagedList>
        </section>
        {wide ? (
          <aside
            className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
            aria-label="Open feedback"
          >
            {detail ??
              (list.isSuccess && rows.length > 0 ? (
                <p className="p-4 text-sm text-stone-500">Pick a piece of feedback to see it here.</p>
              ) : null)}
            {!focused && focusedId && outside.isLoading ? <Loading /> : null}
          </aside>
        ) : null}
      </div>

      <InboxDialogs
        dialog={dialog}
        triage={triage}
        writable={writable}
        onClose={closeDialog}
        onTriaged={(message, ids, status) => {
          setDialog(null);
          setNotice(message);
          afterTriage(ids, status);
        }}
        onAdded={(id) => {
          setDialog(null);
          setFocusedId(id);
          setNotice("Feedback added.");
        }}
      />
    </div>
  );
}
