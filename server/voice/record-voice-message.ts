import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { recordFeedback, type FeedbackWorkspace } from "./record-feedback";
import { recordSurveyDismiss } from "./record-survey-dismiss";
import { recordSurveyResponse, type Outcome } from "./record-survey-response";
import type { VoiceMessageInput } from "./schemas";

/** One validated VoiceMessage written (or found already written). Refusals throw AppError. */
export function recordVoiceMessage(args: {
  db: Db;
  dialect: SqlDialect;
  workspace: FeedbackWorkspace;
  message: VoiceMessageInput;
  now: Date;
}): Promise<Outcome> {
  const { db, dialect, workspace, message, now } = args;
  switch (message.type) {
    case "survey_response":
      return recordSurveyResponse({ db, workspaceId: workspace.id, message, now });
    case "survey_dismiss":
      return recordSurveyDismiss({ db, workspaceId: workspace.id, message, now });
    case "feedback":
      return recordFeedback({ db, dialect, workspace, message, now });
  }
}
