import { NO_STORE } from "../http/responses";
import { withWriteKey } from "../http/with-write-key";
import { nextSurvey } from "../surveys/next-survey";
import { MAX_NEXT_BODY_BYTES, ZSurveyNextBody } from "./schemas";

/** POST /api/v1/surveys/next: size (413), JSON (400), key (401), body (400), the signature when
 * required (401), then the pick. */
export const handleSurveyNext = withWriteKey(
  {
    body: ZSurveyNextBody,
    what: "survey request",
    maxBytes: MAX_NEXT_BODY_BYTES,
    allowSecret: true,
    headers: NO_STORE,
  },
  async ({ deps, workspace, input, request, receivedAt, identity }) => {
    await identity.require(input.userId, input.userHash);
    return nextSurvey({
      db: deps.db,
      workspaceId: workspace.id,
      userId: input.userId,
      trigger: input.trigger,
      locale: input.locale,
      acceptLanguage: request.headers.get("accept-language"),
      messageId: input.messageId,
      now: receivedAt,
    });
  },
);
