"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { FilterOptions } from "./filter-bar";

/** What the inbox's filters offer: the workspace's tags, personas, accounts, plans and members. */
export function useFilterOptions(workspaceId: string): FilterOptions {
  const trpc = useTRPC();
  const tags = useQuery(trpc.feedback.tags.queryOptions({ workspaceId }));
  const facets = useQuery(trpc.feedback.facets.queryOptions({ workspaceId }));
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId }));
  const members = useQuery(trpc.workspace.members.queryOptions({ workspaceId }));
  const memberOptions = useMemo(
    () => (members.data?.members ?? []).map((m) => ({ id: m.user.id, name: m.user.name })),
    [members.data],
  );
  return {
    tags: tags.data?.tags ?? [],
    personas: (personas.data?.personas ?? []).map((p) => ({ id: p.id, name: p.name })),
    accounts: facets.data?.accounts ?? [],
    plans: facets.data?.plans ?? [],
    members: memberOptions,
  };
}
