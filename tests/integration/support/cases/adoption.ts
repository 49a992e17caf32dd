// Cases for adoption.* (see WorkspaceCase in ../procedures.ts): reports read, so viewers may.
import type { WorkspaceCase } from "../procedures";

export const ADOPTION_CASES: Record<string, WorkspaceCase> = {
  "adoption.filterOptions": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
};
