import type { DbOrTx } from "../db";
import type { PickContext } from "./eligibility";

export type UserSurveyHistory = Pick<PickContext, "historyBySurvey" | "lastAnyDisplayAt">;

/**
 * One end user's survey history as the eligibility rules read it: per survey the latest display
 * and the latest response, and the latest display of any survey. Two grouped queries (served by
 * the (workspaceId, endUserId, …) indexes of SurveyDisplay and SurveyResponse), however long the
 * history.
 */
export async function loadSurveyHistory(
  db: DbOrTx,
  workspaceId: string,
  endUserId: string,
): Promise<UserSurveyHistory> {
  const [displays, responses] = await Promise.all([
    db.surveyDisplay.groupBy({ by: ["surveyId"], where: { workspaceId, endUserId }, _max: { shownAt: true } }),
    db.surveyResponse.groupBy({ by: ["surveyId"], where: { workspaceId, endUserId }, _max: { createdAt: true } }),
  ]);
  const historyBySurvey: Record<string, { lastDisplayAt: Date | null; lastResponseAt: Date | null }> = {};
  let lastAnyDisplayAt: Date | null = null;
  for (const d of displays) {
    const at = d._max.shownAt;
    historyBySurvey[d.surveyId] = { lastDisplayAt: at, lastResponseAt: null };
    if (at && (!lastAnyDisplayAt || at > lastAnyDisplayAt)) lastAnyDisplayAt = at;
  }
  for (const r of responses) {
    const own = (historyBySurvey[r.surveyId] ??= { lastDisplayAt: null, lastResponseAt: null });
    own.lastResponseAt = r._max.createdAt;
  }
  return { historyBySurvey, lastAnyDisplayAt };
}
