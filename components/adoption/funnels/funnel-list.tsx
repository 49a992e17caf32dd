"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDuration } from "@/server/onboarding/reports/format";
import type { TSavedFunnel } from "@/server/funnels/schemas";

function stepsOf(f: TSavedFunnel): string {
  return f.definition.steps.map((s) => s.label || s.event).join(" → ");
}

/** The workspace's saved funnels, each opening its report. */
export function FunnelList() {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const list = useQuery(trpc.funnel.list.queryOptions({ workspaceId: ws.id }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Funnels"
        description="Where users get stuck between two actions: ordered steps, a conversion window, a breakdown, and who dropped off."
        action={<ButtonLink href={`/w/${ws.slug}/adoption/funnels/new`}>New funnel</ButtonLink>}
      />
      {list.error ? (
        <p className="text-sm text-red-700">Could not load the funnels: {errorMessage(list.error)}</p>
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <EmptyState title="No saved funnels yet">Build one from your events with New funnel, then save it.</EmptyState>
      ) : (
        <ul
          className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-xs"
          data-testid="funnel-list"
        >
          {list.data.map((f) => (
            <li key={f.id} className="px-4 py-3">
              <Link
                href={`/w/${ws.slug}/adoption/funnels/${f.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {f.name}
              </Link>
              {f.description ? <p className="text-sm text-stone-600">{f.description}</p> : null}
              <p className="mt-1 text-xs text-stone-500">
                {stepsOf(f)} · within {formatDuration(f.definition.windowHours * 3_600_000)} · by {f.definition.unit}
                {f.definition.breakdown.kind !== "none"
                  ? ` · broken down by ${f.definition.breakdown.kind === "trait" ? f.definition.breakdown.key : f.definition.breakdown.kind}`
                  : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
