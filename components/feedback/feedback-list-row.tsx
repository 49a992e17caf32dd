"use client";

import type { ReactNode } from "react";
import type { FeedbackRow } from "@/server/feedback/schemas";
import { CATEGORY_LABELS, FeedbackStatusBadge, NpsBadge, SOURCE_LABELS, TagChip, timeAgo } from "./labels";
import { VisibleText } from "@/components/ui/visible-text";

export function authorLabel(row: FeedbackRow): string {
  if (!row.author) return row.source === "roadmap_idea" ? "Roadmap visitor" : "Anonymous";
  return row.author.name ?? row.author.email ?? row.author.externalId;
}

/** One line of the inbox: a checkbox (for writers) and the row itself, which opens it. */
export function FeedbackListRow({
  row,
  focused,
  selected,
  writable,
  onOpen,
  onToggle,
  buttonRef,
}: {
  row: FeedbackRow;
  focused: boolean;
  selected: boolean;
  writable: boolean;
  onOpen: () => void;
  onToggle: () => void;
  buttonRef: (el: HTMLButtonElement | null) => void;
}) {
  return (
    <li
      data-testid="feedback-row"
      data-id={row.id}
      data-status={row.status}
      className={`flex items-start gap-3 px-4 py-3 ${focused ? "bg-brand-50 shadow-[inset_3px_0_0_var(--color-brand-600)]" : selected ? "bg-stone-50" : "hover:bg-stone-50"}`}
    >
      {writable ? (
        <input
          type="checkbox"
          className="mt-1 size-4 shrink-0 accent-brand-600"
          checked={selected}
          onChange={onToggle}
          aria-label={`Select feedback: ${row.text.slice(0, 60)}`}
          data-testid="feedback-select"
        />
      ) : null}
      <button
        type="button"
        ref={buttonRef}
        onClick={onOpen}
        aria-current={focused ? "true" : undefined}
        className="min-w-0 flex-1 rounded text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        <span className="line-clamp-2 text-sm text-stone-900" data-testid="feedback-text">
          <VisibleText text={row.text} />
        </span>
        <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
          <FeedbackStatusBadge status={row.status} />
          <span>{authorLabel(row)}</span>
          {row.account ? (
            <span>
              · {row.account.name ?? row.account.externalId}
              {row.account.plan ? ` (${row.account.plan})` : ""}
            </span>
          ) : null}
          <span>· {SOURCE_LABELS[row.source]}</span>
          {row.category ? <span>· {CATEGORY_LABELS[row.category] ?? row.category}</span> : null}
          <span title={row.createdAt.toLocaleString()}>· {timeAgo(row.createdAt)}</span>
          {row.nps ? <NpsBadge score={row.nps.score} category={row.nps.category} /> : null}
          {row.tags.map((t) => (
            <TagChip key={t} name={t} />
          ))}
          {row.roadmapItem ? (
            <span className="font-medium text-green-800" data-testid="row-roadmap">
              → {row.roadmapItem.title}
            </span>
          ) : null}
          {row.duplicateOf ? <span className="italic">duplicate of “{row.duplicateOf.text.slice(0, 40)}”</span> : null}
          {row.assignee ? <span>· @{row.assignee.name}</span> : null}
        </span>
      </button>
    </li>
  );
}

/** A row with the open item's detail under it (narrow screens, where there is no side pane). */
export function FeedbackRowWithDetail(props: Parameters<typeof FeedbackListRow>[0] & { inlineDetail: ReactNode }) {
  const { inlineDetail, ...row } = props;
  return (
    <>
      <FeedbackListRow {...row} />
      {inlineDetail ? <li className="bg-stone-50 p-3">{inlineDetail}</li> : null}
    </>
  );
}
