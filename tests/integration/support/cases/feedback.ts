// Cases for feedback.*, roadmap.* (see WorkspaceCase in ../procedures.ts). Reads are open to
// viewers; triage and roadmap writes need a pm. Inputs naming feedback by `id`/`ids` must refuse
// another tenant's ids with NOT_FOUND; other foreign references (roadmapItemId, duplicateOfId,
// assigneeId) are checked in feedback-triage.int.test.ts.
import { unique } from "../../../factories";
import type { WorkspaceCase } from "../procedures";

export const FEEDBACK_CASES: Record<string, WorkspaceCase> = {
  "feedback.list": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, status: ["new"], q: "feedback" }),
  },
  "feedback.get": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.feedbackId }),
  },
  "feedback.counts": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "feedback.tags": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "feedback.facets": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "feedback.buttonConfig": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "feedback.create": {
    minRole: "pm",
    input: (f) => ({
      workspaceId: f.workspaceId,
      text: `Heard on a call ${unique()}`,
      category: "idea",
      tags: ["call"],
    }),
  },
  "feedback.setStatus": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.feedbackId, f.otherFeedbackId], status: "triaged" }),
  },
  "feedback.addTags": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.feedbackId], tags: ["Export "] }),
  },
  "feedback.removeTags": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.feedbackId], tags: ["export"] }),
  },
  "feedback.assign": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.feedbackId], assigneeId: f.admin.id }),
  },
  "feedback.markDuplicate": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.feedbackId, duplicateOfId: f.otherFeedbackId }),
  },
  "feedback.linkRoadmap": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, ids: [f.feedbackId], roadmapItemId: f.roadmapItemId }),
  },
  "feedback.createRoadmapItemFromFeedback": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({
      workspaceId: f.workspaceId,
      ids: [f.feedbackId],
      item: { title: `From feedback ${unique()}`, status: "planned" },
    }),
  },
  "feedback.updateButtonConfig": {
    minRole: "pm",
    input: (f) => ({
      workspaceId: f.workspaceId,
      data: {
        enabled: true,
        position: "bottom-right",
        label: { en: "Ideas?", fr: "Des idées ?", de: "" },
        categories: ["idea", "problem"],
      },
    }),
  },
  "roadmap.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId, q: "roadmap" }) },
  "roadmap.create": {
    minRole: "pm",
    input: (f) => ({
      workspaceId: f.workspaceId,
      title: `Roadmap item ${unique()}`,
      description: "Asked for by several customers",
    }),
  },
};
