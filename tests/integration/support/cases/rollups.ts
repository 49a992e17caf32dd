// Cases for the rollup rebuild (see WorkspaceCase in ../procedures.ts): admins only, like the rest
// of Settings → Jobs. It names no resource by id.
import type { WorkspaceCase } from "../procedures";

export const ROLLUP_CASES: Record<string, WorkspaceCase> = {
  "job.rebuildRollups": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId, tables: ["EventDay"] }) },
};
