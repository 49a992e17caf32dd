"use client";

import { createContext, useContext, type ReactNode } from "react";

export type CurrentWorkspace = { id: string; slug: string; name: string; role: "admin" | "pm" | "viewer" };

const WorkspaceContext = createContext<CurrentWorkspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: CurrentWorkspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): CurrentWorkspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error("useWorkspace outside a workspace page");
  return ws;
}

/** Mirrors server/workspaces/permissions.ts for hiding controls; the server still decides. */
export function canWrite(role: CurrentWorkspace["role"], area: "product" | "admin"): boolean {
  return area === "product" ? role !== "viewer" : role === "admin";
}
