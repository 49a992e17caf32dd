// Cases for survey.*, surveyReport.* (see WorkspaceCase in ../procedures.ts).
import { unique } from "../../../factories";
import type { Fixture, WorkspaceCase } from "../procedures";

const survey = (f: Fixture) => ({
  name: `Survey ${unique()}`,
  kind: "nps" as const,
  targeting: {
    personaIds: [f.personaIds[0]],
    conditions: [{ key: "role", op: "equals" as const, value: "engineer" }],
    accountConditions: [{ key: "plan", op: "in" as const, value: ["pro", "enterprise"] }],
  },
  trigger: { type: "event" as const, event: "Report Exported" },
  minDaysSinceFirstSeen: 7,
  samplingPercent: 50,
  recurrenceDays: 90,
  recontactDays: 30,
  startsAt: new Date("2026-01-01T00:00:00Z"),
  endsAt: new Date("2030-01-01T00:00:00Z"),
});

export const SURVEY_CASES: Record<string, WorkspaceCase> = {
  "survey.list": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "survey.get": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.surveyId }),
  },
  // Another tenant's persona ids in the targeting: surveys.int.test.ts (BAD_REQUEST, nothing written).
  "survey.create": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId, ...survey(f) }) },
  "survey.update": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.surveyId, data: survey(f) }),
  },
  "survey.delete": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.surveyId }),
  },
  "survey.setStatus": {
    minRole: "pm",
    foreignIds: "NOT_FOUND",
    input: (f) => ({ workspaceId: f.workspaceId, id: f.surveyId, status: "active" }),
  },
  "survey.preview": {
    minRole: "viewer",
    foreignIds: "NOT_FOUND",
    input: (f) => ({
      workspaceId: f.workspaceId,
      id: f.surveyId,
      personaId: f.personaIds[1],
      locale: "de",
      plan: "pro",
    }),
  },
  "survey.recontact": { minRole: "viewer", input: (f) => ({ workspaceId: f.workspaceId }) },
  "survey.updateRecontact": { minRole: "pm", input: (f) => ({ workspaceId: f.workspaceId, recontactDays: 21 }) },
  // surveyId is not `id`, so the generic foreign-id case skips these; survey-reports.int.test.ts
  // checks that another tenant's surveyId is NOT_FOUND.
  "surveyReport.get": {
    minRole: "viewer",
    input: (f) => ({
      workspaceId: f.workspaceId,
      surveyId: f.surveyId,
      personaId: f.personaIds[0],
      plan: "pro",
      traitKey: "role",
      traitValue: "engineer",
      breakdownKey: "role",
    }),
  },
  "surveyReport.verbatims": {
    minRole: "viewer",
    input: (f) => ({ workspaceId: f.workspaceId, surveyId: f.surveyId, tone: "negative" }),
  },
};
