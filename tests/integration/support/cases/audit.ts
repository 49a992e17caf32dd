// Cases for audit.* (see WorkspaceCase in ../procedures.ts): the log is the admins' only.
import type { WorkspaceCase } from "../procedures";

export const AUDIT_CASES: Record<string, WorkspaceCase> = {
  "audit.list": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, filters: { actions: ["member.invited"] }, limit: 10 }),
  },
  "audit.exportCsv": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, filters: { from: "2026-01-01" } }),
  },
};
