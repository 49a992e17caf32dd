"use client";

import type { TInstallStatus } from "@/server/install/schemas";
import { useZonedFormat } from "@/components/people/format";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card } from "@/components/ui/card";

const MILESTONES = [
  {
    key: "firstEventAt",
    title: "First event",
    waiting: "Waiting for your first event…",
    how: "Any call counts: track, page or identify, from the snippet, your server or a Segment source.",
  },
  {
    key: "firstIdentifyAt",
    title: "First user identified with traits",
    waiting: "Waiting for an identify with traits…",
    how: "cairn.identify(userId, { role: … }): traits pick each user's persona, hence their checklist.",
  },
  {
    key: "firstWidgetAt",
    title: "First widget load",
    waiting: "Waiting for the widget to load in your app…",
    how: "The snippet on a page of your app where a user is identified.",
  },
] as const;

/** The live check: each milestone turns green when this workspace's first one arrives (the page
 * polls install.status until all three are in). */
export function InstallCheck({ status }: { status: TInstallStatus | undefined }) {
  const ws = useWorkspace();
  const fmt = useZonedFormat(ws.timeZone);
  const done = MILESTONES.filter((m) => status?.[m.key]).length;
  return (
    <Card
      title="Live check"
      description={
        done === MILESTONES.length
          ? "Cairn is receiving your data. Checklists, surveys and reports work from here."
          : "Leave this page open while you install: each line turns green when Cairn receives it."
      }
    >
      <ul className="space-y-3" aria-live="polite" data-testid="install-check">
        {MILESTONES.map((m) => {
          const at = status?.[m.key] ?? null;
          return (
            <li
              key={m.key}
              className="flex items-start gap-3"
              data-testid={`install-${m.key}`}
              data-done={at ? "true" : "false"}
            >
              {at ? (
                <span
                  aria-hidden
                  className="mt-0.5 flex h-5 w-5 flex-none items-center justify-center rounded-full bg-emerald-600 text-xs text-white"
                >
                  ✓
                </span>
              ) : (
                <span
                  aria-hidden
                  className="mt-1 flex h-3 w-3 flex-none animate-pulse rounded-full bg-stone-300 motion-reduce:animate-none"
                />
              )}
              <div className="min-w-0">
                <p className="text-sm font-medium text-stone-900">
                  {m.title}:{" "}
                  {at ? (
                    <span className="text-emerald-700">
                      received ✓{" "}
                      <time dateTime={at.toISOString()}>
                        {fmt.dateTime(at)} ({ws.timeZone})
                      </time>
                    </span>
                  ) : (
                    <span className="font-normal text-stone-600">{m.waiting}</span>
                  )}
                </p>
                <p className="text-xs text-stone-600">{m.how}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
