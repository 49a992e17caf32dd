// Cases for survey.*, surveyReport.* (see WorkspaceCase in ../procedures.ts).
import type { WorkspaceCase } from "../procedures";

export const SURVEY_CASES: Record<string, WorkspaceCase> = {};
