// Cases for adoptionActivity.* (see WorkspaceCase in ../procedures.ts): reports only read, so
// viewers may call them. A foreign activeFeatureId is NOT_FOUND: adoption-activity.int.test.ts.
import type { WorkspaceCase } from "../procedures";

const period = { from: "2026-01-01", to: "2026-03-31" };

export const ADOPTION_ACTIVITY_CASES: Record<string, WorkspaceCase> = {
  "adoptionActivity.retention": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...period, window: 7 }),
  },
  "adoptionActivity.cohorts": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, ...period }) },
  "adoptionActivity.lifecycle": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...period, granularity: "week", personaId: f.personaIds[0] }),
  },
  "adoptionActivity.stickiness": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...period, activeFeatureId: f.featureId }),
  },
  "adoptionActivity.eventOptions": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "adoptionActivity.criticalEvent": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...period, event: "workflow_run" }),
  },
  "adoptionActivity.pastInterval": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, ...period, event: "workflow_run", intervalDays: 7 }),
  },
};
