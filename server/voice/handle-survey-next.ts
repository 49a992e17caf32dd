import { touchApiKey } from "../api-keys/api-keys";
import { AppError } from "../errors";
import { errorResponse, json } from "../http/responses";
import { requireKeyOwner } from "../http/write-key";
import { nextSurvey } from "../surveys/next-survey";
import { clockOf, defaultVoiceDeps, type VoiceDeps } from "./deps";
import { invalidInput } from "./invalid-input";
import { readJson } from "./read-body";
import { MAX_NEXT_BODY_BYTES, ZSurveyNextBody } from "./schemas";

/** POST /api/v1/surveys/next: size (413), JSON (400), key (401), body (400), then the pick. */
export async function handleSurveyNext(request: Request, deps: VoiceDeps = defaultVoiceDeps): Promise<Response> {
  try {
    const body = await readJson(request, MAX_NEXT_BODY_BYTES);
    const owner = await requireKeyOwner(deps.db, request, body);
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_REQUEST", "The body must be a JSON object.");
    const parsed = ZSurveyNextBody.safeParse(body);
    if (!parsed.success) throw invalidInput("survey request", parsed.error);
    const now = clockOf(deps);
    const reply = await nextSurvey({
      db: deps.db,
      workspaceId: owner.workspace.id,
      userId: parsed.data.userId,
      trigger: parsed.data.trigger,
      locale: parsed.data.locale,
      acceptLanguage: request.headers.get("accept-language"),
      messageId: parsed.data.messageId,
      now,
    });
    void touchApiKey(deps.db, owner);
    return json(reply, 200, { "Cache-Control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}
