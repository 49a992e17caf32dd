"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";

function Stat({
  label,
  value,
  definition,
  testId,
}: {
  label: string;
  value: number | undefined;
  definition: string;
  testId: string;
}) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-xs">
      <p className="text-xs font-medium uppercase tracking-wide text-stone-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value === undefined ? "–" : value.toLocaleString("en-US")}
      </p>
      <p className="mt-1 text-xs text-stone-500">{definition}</p>
    </div>
  );
}

export function OverviewCards() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const overview = useQuery({
    ...trpc.workspace.overview.queryOptions({ workspaceId: ws.id }),
    refetchInterval: 5_000,
  });
  const data = overview.data;
  return (
    <div className="space-y-4">
      {data && !data.hasWriteKey && data.users === 0 ? (
        <div className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-700">
          No data yet.{" "}
          <Link href={`/w/${ws.slug}/install`} className="font-semibold underline">
            Create a write key and send your first event
          </Link>{" "}
          — it appears below within seconds.
        </div>
      ) : null}
      {overview.error ? <p className="text-sm text-red-700">Could not load counts: {overview.error.message}</p> : null}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Stat
          label="End users"
          value={data?.users}
          definition="Distinct users identified or seen by any call."
          testId="stat-users"
        />
        <Stat
          label="Accounts"
          value={data?.accounts}
          definition="Distinct groupIds from group calls or context.groupId."
          testId="stat-accounts"
        />
        <Stat
          label="Events today"
          value={data?.eventsToday}
          definition="track and page calls with today's date in the workspace's time zone."
          testId="stat-events-today"
        />
        <Stat
          label="Active today"
          value={data?.activeToday}
          definition="Users with at least one track or page call today."
          testId="stat-active-today"
        />
        <Stat
          label="Active, 7 days"
          value={data?.activeWeek}
          definition="Users with a track or page call in the 7 days ending today."
          testId="stat-active-week"
        />
      </div>
    </div>
  );
}
