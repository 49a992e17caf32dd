"use client";

import { Menu } from "@/components/ui/menu";

const BULK_BUTTON =
  "rounded px-2 py-1 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-50";

/** What can be done to the selected feedback at once (PMs and admins). */
export function BulkBar(props: {
  count: number;
  members: { id: string; name: string }[];
  assignPending: boolean;
  onStatus: (status: "new" | "triaged" | "dismissed") => void;
  onTag: () => void;
  onLink: () => void;
  onAssign: (assigneeId: string | null) => void;
  onClear: () => void;
}) {
  return (
    <div
      className="sticky top-0 z-10 mt-4 flex flex-wrap items-center gap-2 rounded-lg bg-stone-900 px-4 py-2 text-sm text-white shadow"
      data-testid="bulk-bar"
      role="region"
      aria-label="Bulk actions"
    >
      <span className="mr-2 font-medium">{props.count} selected</span>
      <button
        type="button"
        className={BULK_BUTTON}
        onClick={() => props.onStatus("triaged")}
        data-testid="bulk-triaged"
      >
        Triaged
      </button>
      <button
        type="button"
        className={BULK_BUTTON}
        onClick={() => props.onStatus("dismissed")}
        data-testid="bulk-dismiss"
      >
        Dismiss
      </button>
      <button type="button" className={BULK_BUTTON} onClick={() => props.onStatus("new")}>
        Mark new
      </button>
      <button type="button" className={BULK_BUTTON} onClick={props.onTag}>
        Tag…
      </button>
      <button type="button" className={BULK_BUTTON} onClick={props.onLink} data-testid="bulk-link">
        Link to roadmap…
      </button>
      <Menu
        trigger="Assign…"
        triggerLabel="Assign the selection"
        triggerClassName={BULK_BUTTON}
        disabled={props.assignPending}
        entries={[
          { key: "none", label: "Nobody", onSelect: () => props.onAssign(null) },
          ...props.members.map((m) => ({ key: m.id, label: m.name, onSelect: () => props.onAssign(m.id) })),
        ]}
      />
      <button
        type="button"
        className="ml-auto rounded px-2 py-1 text-white/70 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
        onClick={props.onClear}
      >
        Clear selection
      </button>
    </div>
  );
}
