// Cases for people.* (see WorkspaceCase in ../procedures.ts): read-only, so every member may call
// them; a user or account id of another workspace is NOT_FOUND.
import type { WorkspaceCase } from "../procedures";

export const PEOPLE_CASES: Record<string, WorkspaceCase> = {
  "people.users": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, search: "end-user", sort: "activeDays", dir: "desc" }),
  },
  "people.user": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.endUserId }),
  },
  "people.userEvents": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.endUserId }),
  },
  "people.accounts": {
    minRole: "viewer",
    input: (f) => ({
      workspaceId: f.workspaceId,
      sort: "nps",
      segment: [{ scope: "account", key: "plan", op: "exists" }],
    }),
  },
  "people.account": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.accountId }),
  },
};
