import type { SurveyNextRequest, SurveyNextResponse, WidgetSurvey } from "../../../../server/contract/widget-protocol";
import { backoffDelay, outcomeOf } from "../backoff";
import type { FetchLike } from "../queue";

// POST /api/v1/surveys/next: the server picks the survey and records its display at once
// (docs/decisions/survey-display-at-pick.md). A lost reply is retried a few times with the same
// messageId, so the server hands back the same display rather than recording a second one.

export type AskOptions = {
  fetch: FetchLike;
  wait: (ms: number) => Promise<void>;
  random: () => number;
  attempts?: number;
};

/** The survey to show now, or null (none eligible, refused, or the server stayed unreachable). */
export async function askNextSurvey(
  url: string,
  writeKey: string,
  request: SurveyNextRequest,
  o: AskOptions,
): Promise<WidgetSurvey | null> {
  const attempts = o.attempts ?? 3;
  // text/plain with the key in the body, like the queue: no CORS preflight.
  const body = JSON.stringify({ ...request, writeKey });
  for (let i = 1; i <= attempts; i++) {
    let status = 0;
    let reply: unknown = null;
    try {
      const res = await o.fetch(url, {
        method: "POST",
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        body,
        credentials: "omit",
      });
      status = res.status;
      reply = await res.json().catch(() => null);
    } catch {
      status = 0;
    }
    if (status >= 200 && status < 300) {
      const survey = (reply as SurveyNextResponse | null)?.survey;
      return survey?.displayId && survey.followUp ? survey : null;
    }
    if (outcomeOf(status) !== "retry" || i === attempts) return null;
    await o.wait(backoffDelay(i, o.random()));
  }
  return null;
}
