import { touchApiKey } from "../api-keys/api-keys";
import { errorResponse, json } from "../http/responses";
import { requireKeyOwner } from "../http/write-key";
import { defaultVoiceDeps, type VoiceDeps } from "./deps";
import { invalidInput } from "./invalid-input";
import { listUserFeedback } from "./list-user-feedback";
import { ZFeedbackListQuery } from "./schemas";

/** GET /api/v1/feedback?userId=… with the write key as for /api/v1/widget (Basic auth, an
 * X-Write-Key header or ?writeKey=). Key first (401), then the query (400). */
export async function handleFeedbackList(request: Request, deps: VoiceDeps = defaultVoiceDeps): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const owner = await requireKeyOwner(deps.db, request, { writeKey: params.get("writeKey") ?? undefined });
    const parsed = ZFeedbackListQuery.safeParse(Object.fromEntries(params));
    if (!parsed.success) throw invalidInput("query", parsed.error);
    const list = await listUserFeedback({ db: deps.db, workspaceId: owner.workspace.id, userId: parsed.data.userId });
    void touchApiKey(deps.db, owner);
    return json(list, 200, { "Cache-Control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}
