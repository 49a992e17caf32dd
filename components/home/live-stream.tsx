"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { EventNameInput } from "@/components/events/event-name-input";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { eventLabel, keyProperties } from "./live-event-format";

const TYPE_STYLE: Record<string, string> = {
  track: "bg-brand-50 text-brand-700",
  page: "bg-sky-50 text-sky-700",
  identify: "bg-amber-50 text-amber-800",
  group: "bg-violet-50 text-violet-700",
};

/** A filter typed in a field takes effect once the typing pauses, not on every key. */
function useSettled(value: string, ms = 350): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value.trim()), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function timeOf(at: Date): string {
  const today = new Date().toDateString() === at.toDateString();
  return today ? at.toLocaleTimeString() : at.toLocaleString();
}

/** Polls every 2 s: stateless on the server (any instance answers), and cheap on the
 * (workspaceId, receivedAt) index; with a user filter, on (workspaceId, endUserId, timestamp). */
export function LiveStream() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [event, setEvent] = useState("");
  const [user, setUser] = useState("");
  const filters = { event: useSettled(event), userId: useSettled(user) };
  const filtered = Boolean(filters.event || filters.userId);
  const events = useQuery({
    ...trpc.workspace.liveEvents.queryOptions({
      workspaceId: ws.id,
      take: 50,
      ...(filters.event ? { event: filters.event } : {}),
      ...(filters.userId ? { userId: filters.userId } : {}),
    }),
    refetchInterval: 2_000,
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title="Live events"
      action={
        <span className="flex items-center gap-2 text-xs text-stone-600">
          <span className="h-2 w-2 animate-pulse rounded-full bg-brand-500 motion-reduce:animate-none" />
          updating every 2 s
        </span>
      }
    >
      <form
        className="mb-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Filter live events"
      >
        <Field label="Event">
          <EventNameInput value={event} onChange={setEvent} placeholder="Any event" data-testid="live-filter-event" />
        </Field>
        <Field label="User (userId)">
          <Input
            value={user}
            onChange={(e) => setUser(e.target.value)}
            placeholder="Any user"
            autoComplete="off"
            data-testid="live-filter-user"
          />
        </Field>
        {event || user ? (
          <Button
            variant="ghost"
            className="sm:mt-6"
            onClick={() => {
              setEvent("");
              setUser("");
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </form>
      {events.isLoading ? <Loading /> : null}
      {events.error ? <p className="text-sm text-red-700">Could not load events: {events.error.message}</p> : null}
      {events.data && events.data.length === 0 ? (
        filtered ? (
          <EmptyState title="No event matches these filters">
            Names and user ids must match exactly. New events that match show up here without a reload.
          </EmptyState>
        ) : (
          <EmptyState title="No events yet">
            Send one with the curl example on the Install page; it shows up here without a reload.
          </EmptyState>
        )
      ) : null}
      {events.data && events.data.length > 0 ? (
        <ul className="divide-y divide-stone-100" data-testid="live-stream">
          {events.data.map((e) => {
            const { shown, more } = keyProperties(e.properties);
            return (
              <li
                key={e.id}
                className="grid gap-x-3 gap-y-1 py-2 text-sm sm:grid-cols-[minmax(0,14rem)_minmax(0,12rem)_minmax(0,1fr)_auto]"
                data-testid="live-event"
              >
                <span className="flex min-w-0 items-baseline gap-2">
                  <span
                    className={`flex-none rounded px-1.5 py-0.5 text-xs font-medium ${TYPE_STYLE[e.type] ?? "bg-stone-100 text-stone-700"}`}
                  >
                    {e.type}
                  </span>
                  <button
                    type="button"
                    className="min-w-0 truncate text-left font-medium text-stone-900 hover:underline"
                    title={`Only ${e.name}`}
                    onClick={() => setEvent(e.name)}
                    data-testid="live-event-name"
                    data-event={e.name}
                  >
                    {eventLabel(e.type, e.name, e.properties)}
                  </button>
                </span>
                <span className="min-w-0 truncate text-stone-700">
                  {e.userFound ? (
                    <Link
                      href={`/w/${ws.slug}/users/${e.endUserId}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                      data-testid="live-event-user"
                    >
                      {e.user}
                    </Link>
                  ) : (
                    <span data-testid="live-event-user">{e.user}</span>
                  )}
                  {e.persona ? <span className="text-stone-600"> · {e.persona}</span> : null}
                </span>
                <span className="flex min-w-0 flex-wrap gap-1" title={JSON.stringify(e.properties)}>
                  {shown.map((p) => (
                    <span
                      key={p.key}
                      className="max-w-full truncate rounded bg-stone-100 px-1.5 py-0.5 font-mono text-xs text-stone-700"
                      data-testid="live-event-property"
                    >
                      {p.key}: {p.value}
                    </span>
                  ))}
                  {more > 0 ? <span className="text-xs text-stone-600">+{more} more</span> : null}
                </span>
                <time
                  className="text-xs tabular-nums text-stone-600"
                  dateTime={e.timestamp.toISOString()}
                  title={e.timestamp.toLocaleString()}
                >
                  {timeOf(e.timestamp)}
                </time>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Card>
  );
}
