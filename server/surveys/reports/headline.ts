// The one number a survey is judged by, over a set of responses: pure.
import { ces, csat, userNps } from "../metrics";
import type { SurveyKind } from "../schemas";

export type ScoredResponse = { userId: string; score: number | null; at: Date };

/**
 * NPS: user NPS (each user's latest answer; −100…100). CSAT: % of answers of 4–5. CES: mean of
 * the answers (1–7). Open questions have no score: value null, n = answers. Answers without a
 * score are not counted for scored kinds. n is what the value counts: users for NPS, answers
 * otherwise. value is null when n is 0.
 */
export function headlineMetric(
  kind: SurveyKind,
  responses: readonly ScoredResponse[],
): { value: number | null; n: number } {
  if (kind === "open") return { value: null, n: responses.length };
  const scored = responses.filter((r): r is ScoredResponse & { score: number } => r.score !== null);
  if (kind === "nps") {
    const s = userNps(scored);
    return { value: s.nps, n: s.n };
  }
  const scores = scored.map((r) => r.score);
  return { value: kind === "csat" ? csat(scores) : ces(scores), n: scores.length };
}
