// Cases for adoptionFeatures.* (see WorkspaceCase in ../procedures.ts): reports every member reads;
// and feature.setAdoption, the settings edit of what those reports read (core, release day).
// The feature is named by featureId, not `id`; adoption-features.int.test.ts checks that another
// tenant's featureId is NOT_FOUND.
import type { WorkspaceCase } from "../procedures";

export const ADOPTION_FEATURES_CASES: Record<string, WorkspaceCase> = {
  "adoptionFeatures.overview": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, unit: "accounts" }) },
  "adoptionFeatures.detail": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, featureId: f.featureId }),
  },
  "adoptionFeatures.triedOnce": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, featureId: f.featureId, from: "2026-01-01", to: "2026-03-31" }),
  },
  "feature.setAdoption": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.featureId, core: true, releasedOn: "2026-05-01" }),
  },
};
