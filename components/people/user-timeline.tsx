"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { useZonedFormat } from "./format";

/** The user's latest raw events, 50 at a time, newest first ("Load more" follows the cursor). */
export function UserTimeline({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const events = useInfiniteQuery(
    trpc.people.userEvents.infiniteQueryOptions(
      { workspaceId: ws.id, id: userId },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Card
      title="Timeline"
      description="Every call received for this user (track, page, screen, identify, group), newest first."
    >
      {events.isLoading ? <Loading /> : null}
      {events.error ? <p className="text-sm text-red-700">{errorMessage(events.error)}</p> : null}
      {events.data && rows.length === 0 ? <EmptyState title="No events yet" /> : null}
      <ol className="divide-y divide-stone-100" data-testid="user-timeline">
        {rows.map((e) => (
          <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm">
            <time className="w-44 shrink-0 text-xs text-stone-500" dateTime={e.timestamp.toISOString()}>
              {fmt.dateTime(e.timestamp)}
            </time>
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{e.type}</span>
            <span className="font-medium text-stone-800">{e.name}</span>
            {e.properties.map((p) => (
              <span key={p.key} className="text-xs text-stone-500">
                {p.key}: <span className="text-stone-700">{p.value}</span>
              </span>
            ))}
          </li>
        ))}
      </ol>
      {events.hasNextPage ? (
        <div className="mt-3">
          <Button
            variant="secondary"
            size="sm"
            disabled={events.isFetchingNextPage}
            onClick={() => events.fetchNextPage()}
          >
            {events.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
