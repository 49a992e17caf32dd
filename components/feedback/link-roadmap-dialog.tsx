"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Combobox } from "@/components/ui/combobox";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { FeedbackRow } from "@/server/feedback/schemas";
import { ROADMAP_STATUSES, ZRoadmapItemInput, type RoadmapStatus } from "@/server/roadmap/schemas";
import { issuesByPath } from "@/components/ui/form-errors";
import { Dialog } from "@/components/ui/dialog";
import { titleFromText } from "./filter-params";
import { ROADMAP_STATUS_LABELS } from "./labels";
import type { Triage } from "./use-triage";
import { useDebounced } from "./use-debounced";

type Tab = "existing" | "new";

/** Links the chosen feedback to a roadmap item: one found by its title, or a new one made from
 * the (first) feedback's text. */
export function LinkRoadmapDialog({
  targets,
  triage,
  onClose,
  onDone,
}: {
  targets: FeedbackRow[];
  triage: Triage;
  onClose: () => void;
  onDone: () => void;
}) {
  const [tab, setTab] = useState<Tab>("existing");
  const title =
    targets.length === 1 ? "Link to a roadmap item" : `Link ${targets.length} pieces of feedback to a roadmap item`;
  return (
    <Dialog title={title} onClose={onClose} wide testId="link-roadmap-dialog">
      <div className="mb-4 flex gap-1 text-sm" role="tablist" aria-label="Roadmap item">
        {(["existing", "new"] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            data-testid={`link-tab-${t}`}
            className={`rounded-md px-3 py-1.5 font-medium focus-visible:outline-2 focus-visible:outline-brand-500 ${tab === t ? "bg-stone-900 text-white" : "bg-stone-100 text-stone-600 hover:text-stone-900"}`}
          >
            {t === "existing" ? "Existing item" : "New item"}
          </button>
        ))}
      </div>
      {tab === "existing" ? (
        <ExistingItem targets={targets} triage={triage} onDone={onDone} />
      ) : (
        <NewItem targets={targets} triage={triage} onDone={onDone} />
      )}
    </Dialog>
  );
}

function ExistingItem({ targets, triage, onDone }: { targets: FeedbackRow[]; triage: Triage; onDone: () => void }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [q, setQ] = useState("");
  const query = useDebounced(q);
  const items = useQuery(trpc.roadmap.list.queryOptions({ workspaceId: ws.id, q: query, limit: 20 }));
  const link = (roadmapItemId: string) =>
    triage.linkRoadmap.mutate(
      { workspaceId: ws.id, ids: targets.map((t) => t.id), roadmapItemId },
      { onSuccess: onDone },
    );

  return (
    <div className="space-y-3">
      <Combobox
        label="Find an item by its title"
        placeholder="e.g. dark mode"
        search={[q, setQ]}
        results={items}
        options={items.data?.items ?? []}
        empty={
          query.trim()
            ? "No roadmap item has these words in its title."
            : "The roadmap is empty: create the first item."
        }
        view={(item) => ({
          title: <span className="font-medium">{item.title}</span>,
          details: `${ROADMAP_STATUS_LABELS[item.status]} · ${item.isPublic ? "public" : "internal"} · ${item.feedbackCount} feedback`,
          end: <span className="shrink-0 text-xs font-medium text-brand-700">Link</span>,
        })}
        onPick={(item) => link(item.id)}
        disabled={triage.linkRoadmap.isPending}
        testId="roadmap"
      />
      {triage.linkRoadmap.error ? (
        <p className="text-sm text-red-700">{errorMessage(triage.linkRoadmap.error)}</p>
      ) : null}
    </div>
  );
}

function NewItem({ targets, triage, onDone }: { targets: FeedbackRow[]; triage: Triage; onDone: () => void }) {
  const ws = useWorkspace();
  const source = targets[0]!;
  const [form, setForm] = useState({
    title: titleFromText(source.text),
    description: source.text.slice(0, 5000),
    status: "considering" as RoadmapStatus,
    isPublic: true,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pending = triage.createFromFeedback.isPending;
  const error = triage.createFromFeedback.error;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = ZRoadmapItemInput.safeParse(form);
    setErrors(issuesByPath(parsed.error));
    if (!parsed.success) return;
    // One transaction on the server: the item exists only if every piece of feedback got linked.
    triage.createFromFeedback.mutate(
      { workspaceId: ws.id, ids: targets.map((t) => t.id), item: parsed.data },
      { onSuccess: onDone },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Title" error={errors.title} hint="Taken from the first line of the feedback.">
        <Input
          value={form.title}
          autoFocus
          data-autofocus
          maxLength={200}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
          data-testid="new-roadmap-title"
        />
      </Field>
      <Field label="Description" error={errors.description}>
        <Textarea
          rows={4}
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
      </Field>
      <div className="flex flex-wrap items-end gap-4">
        <Field label="Status">
          <Select
            className="w-44"
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value as RoadmapStatus })}
            data-testid="new-roadmap-status"
          >
            {ROADMAP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ROADMAP_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        <label className="flex items-center gap-2 pb-2 text-sm text-stone-700">
          <input
            type="checkbox"
            className="accent-brand-600"
            checked={form.isPublic}
            onChange={(e) => setForm({ ...form, isPublic: e.target.checked })}
          />
          Show on the public roadmap
        </label>
      </div>
      {error ? <p className="text-sm text-red-700">{errorMessage(error)}</p> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} data-testid="create-and-link">
          {pending ? "Creating…" : targets.length === 1 ? "Create and link" : `Create and link ${targets.length}`}
        </Button>
      </div>
    </form>
  );
}
