"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { MembershipOut, Permission } from "@/server/workspaces/schemas";

export type CurrentWorkspace = MembershipOut & {
  /** Whether the member's role allows it, from the permissions the server sent (ROLE_PERMISSIONS).
   * Only hides controls: the server still decides. */
  can: (permission: Permission) => boolean;
};

const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: MembershipOut; children: ReactNode }) {
  const value = useMemo(() => {
    const granted = new Set(workspace.permissions);
    return { ...workspace, can: (permission: Permission) => granted.has(permission) };
  }, [workspace]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): CurrentWorkspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error("useWorkspace outside a workspace page");
  return ws;
}
