// Cases for feedback.*, roadmap.* (see WorkspaceCase in ../procedures.ts).
import type { WorkspaceCase } from "../procedures";

export const FEEDBACK_CASES: Record<string, WorkspaceCase> = {};
