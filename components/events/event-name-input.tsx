"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, type InputHTMLAttributes } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Input } from "@/components/ui/field";
import { RECENT_EVENT_DAYS } from "@/server/analytics/activity-schemas";

/**
 * An event name typed by a PM (checklist completion, survey trigger, feature matcher): suggests
 * the workspace's known names with their calls of the last 30 days, and says so under the field
 * when the name has never been seen, since a typo would otherwise fail silently.
 */
export function EventNameInput({
  value,
  onChange,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "list"> & {
  value: string;
  onChange: (value: string) => void;
}) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const listId = useId();
  const known = useQuery(trpc.adoptionActivity.eventOptions.queryOptions({ workspaceId: ws.id }));
  const events = known.data?.events ?? [];
  const name = value.trim();
  const unseen = known.isSuccess && name !== "" && !events.some((e) => e.name === name);
  return (
    <>
      <Input {...rest} value={value} onChange={(e) => onChange(e.target.value)} list={listId} autoComplete="off" />
      <datalist id={listId}>
        {events.map((e) => (
          <option key={e.name} value={e.name}>
            {`${e.recent.toLocaleString("en-US")} in the last ${RECENT_EVENT_DAYS} days`}
          </option>
        ))}
      </datalist>
      {unseen ? (
        <p className="mt-1 text-xs text-amber-800" role="status" data-testid="event-never-seen">
          “{name}” has never been tracked in this workspace: check the spelling (names are case-sensitive).
        </p>
      ) : null}
    </>
  );
}
