import type { Db } from "../db";
import { clampTime } from "./author";
import type { Outcome } from "./record-survey-response";
import type { SurveyDismissInput } from "./schemas";
import { assertTarget, loadSurveyTarget } from "./survey-target";

/**
 * Records that the user closed the survey without answering: SurveyDisplay.dismissedAt, first one
 * wins. A display dismissed already, or answered already (the answer says more), makes the
 * message a duplicate: nothing is written and nothing is refused.
 */
export async function recordSurveyDismiss(args: {
  db: Db;
  workspaceId: string;
  message: SurveyDismissInput;
  now: Date;
}): Promise<Outcome> {
  const { db, workspaceId, message, now } = args;
  const { display } = assertTarget(await loadSurveyTarget(db, workspaceId, message), message);
  if (display.dismissedAt || display.response) return "duplicate";
  const { count } = await db.surveyDisplay.updateMany({
    where: { id: display.id, workspaceId, dismissedAt: null },
    data: { dismissedAt: clampTime(message.timestamp, display.shownAt, now) },
  });
  return count === 1 ? "stored" : "duplicate";
}
