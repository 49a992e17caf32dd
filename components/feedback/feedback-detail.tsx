"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SETTABLE_STATUSES, type FeedbackRow } from "@/server/feedback/schemas";
import { authorLabel } from "./feedback-list-row";
import {
  CATEGORY_LABELS,
  FeedbackStatusBadge,
  NPS_LABELS,
  ROADMAP_STATUS_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  TagChip,
} from "./labels";
import type { Triage } from "./use-triage";
import { VisibleText } from "@/components/ui/visible-text";

export type DetailActions = {
  link: () => void;
  duplicate: () => void;
  tag: () => void;
  open: (id: string) => void;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2 py-1">
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 break-words text-stone-800">{children}</dd>
    </div>
  );
}

/** Everything about one piece of feedback, with its triage controls (hidden from viewers). */
export function FeedbackDetail({
  row,
  writable,
  triage,
  members,
  actions,
}: {
  row: FeedbackRow;
  writable: boolean;
  triage: Triage;
  members: { id: string; name: string }[];
  actions: DetailActions;
}) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const detail = useQuery(trpc.feedback.get.queryOptions({ workspaceId: ws.id, id: row.id }));
  const duplicates = detail.data?.duplicates ?? [];
  const ids = [row.id];
  const busy = triage.setStatus.isPending;

  return (
    <article
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-xs"
      data-testid="feedback-detail"
      aria-label="Feedback details"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <FeedbackStatusBadge status={row.status} />
        <time className="text-xs text-stone-500" dateTime={row.createdAt.toISOString()}>
          {row.createdAt.toLocaleString()}
        </time>
      </header>
      <p className="whitespace-pre-wrap text-sm leading-relaxed text-stone-900" data-testid="detail-text">
        <VisibleText text={row.text} />
      </p>

      {row.roadmapItem ? (
        <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="detail-roadmap">
          Linked to <strong>{row.roadmapItem.title}</strong> · {ROADMAP_STATUS_LABELS[row.roadmapItem.status]}
          {row.roadmapItem.isPublic ? "" : " · internal"}
        </p>
      ) : null}
      {row.duplicateOf ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">
          Duplicate of{" "}
          <button
            type="button"
            className="text-left font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500"
            onClick={() => actions.open(row.duplicateOf!.id)}
          >
            “{row.duplicateOf.text.slice(0, 80)}”
          </button>
        </p>
      ) : null}

      {writable ? (
        <div className="space-y-2">
          <div className="flex flex-wrap gap-1.5" role="group" aria-label="Status">
            {SETTABLE_STATUSES.map((s) => (
              <Button
                key={s}
                variant={row.status === s ? "primary" : "secondary"}
                aria-pressed={row.status === s}
                disabled={busy}
                onClick={() => triage.setStatus.mutate({ workspaceId: ws.id, ids, status: s })}
                data-testid={`detail-status-${s}`}
              >
                {s === "dismissed" ? "Dismiss" : STATUS_LABELS[s]}
              </Button>
            ))}
          </div>
          <div className="flex flex-wrap gap-1.5">
            <Button variant="secondary" onClick={actions.link} data-testid="open-link-dialog">
              Link to roadmap… <kbd className="text-xs text-stone-500">l</kbd>
            </Button>
            <Button variant="secondary" onClick={actions.duplicate} data-testid="open-duplicate-dialog">
              Mark duplicate… <kbd className="text-xs text-stone-500">m</kbd>
            </Button>
          </div>
        </div>
      ) : null}

      <div>
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Tags</p>
        <div className="flex flex-wrap items-center gap-1.5">
          {row.tags.length === 0 ? <span className="text-sm text-stone-500">None</span> : null}
          {row.tags.map((t) => (
            <TagChip
              key={t}
              name={t}
              onRemove={writable ? () => triage.removeTags.mutate({ workspaceId: ws.id, ids, tags: [t] }) : undefined}
            />
          ))}
          {writable ? (
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={actions.tag}>
              + Tag
            </Button>
          ) : null}
        </div>
      </div>

      <dl className="border-t border-stone-100 pt-3 text-sm">
        <Row label="Assignee">
          {writable ? (
            <Select
              aria-label="Assignee"
              className="max-w-56 py-1"
              value={row.assignee?.id ?? ""}
              disabled={triage.assign.isPending}
              onChange={(e) => triage.assign.mutate({ workspaceId: ws.id, ids, assigneeId: e.target.value || null })}
              data-testid="detail-assignee"
            >
              <option value="">Unassigned</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          ) : (
            (row.assignee?.name ?? "Unassigned")
          )}
        </Row>
        <Row label="From">
          {authorLabel(row)}
          {row.author?.email && row.author.name ? <span className="text-stone-500"> · {row.author.email}</span> : null}
          {row.author ? <span className="block font-mono text-xs text-stone-500">{row.author.externalId}</span> : null}
        </Row>
        {row.account ? (
          <Row label="Account">
            {row.account.name ?? row.account.externalId}
            {row.account.plan ? <span className="text-stone-500"> · plan {row.account.plan}</span> : null}
          </Row>
        ) : null}
        {row.persona ? <Row label="Persona">{row.persona.name}</Row> : null}
        <Row label="Source">
          {SOURCE_LABELS[row.source]}
          {row.category ? ` · ${CATEGORY_LABELS[row.category] ?? row.category}` : ""}
        </Row>
        {row.survey ? (
          <Row label="Survey">
            {row.survey.name} · {row.survey.kind.toUpperCase()}
            {row.survey.score !== null ? ` · score ${row.survey.score}` : ""}
          </Row>
        ) : null}
        {row.nps ? (
          <Row label="NPS">
            {row.nps.score} · {NPS_LABELS[row.nps.category]}
            <span className="block text-xs text-stone-500">
              {row.nps.fromThisResponse ? "Given with this answer." : "The author's latest NPS answer."}
            </span>
          </Row>
        ) : null}
        {row.pageUrl ? (
          <Row label="Page">
            {/^https?:\/\//i.test(row.pageUrl) ? (
              <a
                href={row.pageUrl}
                target="_blank"
                rel="noreferrer noopener"
                className="text-brand-700 hover:underline"
              >
                {row.pageUrl}
              </a>
            ) : (
              // Sent by the end user's browser: anything but http(s) is shown, never made a link.
              <span className="font-mono text-xs">{row.pageUrl}</span>
            )}
          </Row>
        ) : null}
        {row.locale ? <Row label="Language">{row.locale}</Row> : null}
      </dl>

      {duplicates.length > 0 ? (
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">
            Duplicates ({row.duplicatesCount})
          </p>
          <ul className="space-y-1 text-sm">
            {duplicates.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="line-clamp-1 text-left text-stone-700 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500"
                  onClick={() => actions.open(d.id)}
                >
                  “<VisibleText text={d.text} />”
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {triage.setStatus.error || triage.removeTags.error || triage.assign.error ? (
        <p className="text-sm text-red-700">
          {(triage.setStatus.error ?? triage.removeTags.error ?? triage.assign.error)!.message}
        </p>
      ) : null}
    </article>
  );
}
