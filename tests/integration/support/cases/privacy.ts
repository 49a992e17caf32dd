// Cases for privacy.* (see WorkspaceCase in ../procedures.ts): admins only. The end user is named
// by userId, not `id`; privacy.int.test.ts and cross-tenant.int.test.ts check that another
// tenant's userId is NOT_FOUND.
import type { WorkspaceCase } from "../procedures";

export const PRIVACY_CASES: Record<string, WorkspaceCase> = {
  "privacy.settings": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId }) },
  "privacy.updateSettings": {
    minRole: "admin",
    input: (f) => ({ workspaceId: f.workspaceId, rawEventRetentionDays: 90, erasedFeedback: "anonymize" }),
  },
  "privacy.lookup": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId, userId: f.endUserExternalId }) },
  "privacy.erase": { minRole: "admin", input: (f) => ({ workspaceId: f.workspaceId, userId: f.endUserExternalId }) },
};
