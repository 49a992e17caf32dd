"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, EmptyState, Loading } from "@/components/ui/card";

const TYPE_STYLE: Record<string, string> = {
  track: "bg-brand-50 text-brand-700",
  page: "bg-sky-50 text-sky-700",
  identify: "bg-amber-50 text-amber-700",
  group: "bg-violet-50 text-violet-700",
};

function summarize(properties: unknown): string {
  const text = JSON.stringify(properties ?? {});
  return text === "{}" ? "" : text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Polls every 2 s: stateless on the server (any instance answers), and cheap on the
 * (workspaceId, receivedAt) index. */
export function LiveStream() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const events = useQuery({
    ...trpc.workspace.liveEvents.queryOptions({ workspaceId: ws.id, take: 50 }),
    refetchInterval: 2_000,
  });

  return (
    <Card
      title="Live events"
      action={
        <span className="flex items-center gap-2 text-xs text-stone-500">
          <span className="h-2 w-2 animate-pulse rounded-full bg-brand-500" />
          updating every 2 s
        </span>
      }
    >
      {events.isLoading ? <Loading /> : null}
      {events.error ? <p className="text-sm text-red-700">Could not load events: {events.error.message}</p> : null}
      {events.data && events.data.length === 0 ? (
        <EmptyState title="No events yet">
          Send one with the curl example on the Install page; it shows up here without a reload.
        </EmptyState>
      ) : null}
      {events.data && events.data.length > 0 ? (
        <ul className="divide-y divide-stone-100" data-testid="live-stream">
          {events.data.map((e) => (
            <li
              key={e.id}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm"
              data-testid="live-event"
            >
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TYPE_STYLE[e.type] ?? "bg-stone-100"}`}>
                {e.type}
              </span>
              <span className="font-medium text-stone-900" data-testid="live-event-name">
                {e.name}
              </span>
              <span className="text-stone-500">
                {e.user}
                {e.persona ? ` · ${e.persona}` : ""}
              </span>
              <span className="min-w-0 flex-1 truncate font-mono text-xs text-stone-500">
                {summarize(e.properties)}
              </span>
              <time className="text-xs tabular-nums text-stone-500" dateTime={e.timestamp.toISOString()}>
                {e.timestamp.toLocaleString()}
              </time>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
