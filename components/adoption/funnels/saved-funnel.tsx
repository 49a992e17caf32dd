"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { FunnelWorkbench } from "./funnel-workbench";

/** A saved funnel's page: loads it, then the workbench keyed by its version. */
export function SavedFunnel({ id }: { id: string }) {
  const ws = useWorkspace();
  const trpc = useTRPC();
  const funnel = useQuery(trpc.funnel.get.queryOptions({ workspaceId: ws.id, id }));
  if (funnel.error)
    return <p className="text-sm text-red-700">Could not load the funnel: {errorMessage(funnel.error)}</p>;
  if (!funnel.data) return <Loading />;
  return <FunnelWorkbench key={`${funnel.data.id}-${funnel.data.updatedAt.toISOString()}`} saved={funnel.data} />;
}
