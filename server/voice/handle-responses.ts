import { touchApiKey } from "../api-keys/api-keys";
import { AppError } from "../errors";
import { errorResponse, json } from "../http/responses";
import { requireKeyOwner } from "../http/write-key";
import { MAX_BATCH_MESSAGES, MAX_BODY_BYTES } from "../ingest/schemas";
import { clockOf, defaultVoiceDeps, type VoiceDeps } from "./deps";
import { readJson } from "./read-body";
import { recordVoiceBatch } from "./record-voice-batch";

/**
 * POST /api/v1/responses: survey answers, dismissals and feedback (server/contract/widget-protocol.ts
 * VoiceMessage). Size (413), JSON (400), key (401), shape (400, 413), then each message on its own.
 * The reply has /api/v1/batch's shape; when every message is refused, the status and error are the
 * first refusal's (every refusal listed in `issues`).
 */
export async function handleResponses(request: Request, deps: VoiceDeps = defaultVoiceDeps): Promise<Response> {
  try {
    const body = await readJson(request, MAX_BODY_BYTES);
    const owner = await requireKeyOwner(deps.db, request, body);
    const batch = (body as { batch?: unknown } | null)?.batch;
    if (!body || typeof body !== "object" || !Array.isArray(batch)) {
      throw new AppError("BAD_REQUEST", 'The body is a JSON object with a "batch" array of survey_response, survey_dismiss and feedback messages.');
    }
    if (batch.length > MAX_BATCH_MESSAGES) {
      throw new AppError("PAYLOAD_TOO_LARGE", `A batch holds at most ${MAX_BATCH_MESSAGES} messages; this one has ${batch.length}.`);
    }
    const { stored, duplicates, rejected } = await recordVoiceBatch({ db: deps.db, dialect: deps.dialect, workspace: owner.workspace, batch, now: () => clockOf(deps) });
    void touchApiKey(deps.db, owner);

    const first = rejected[0];
    if (stored + duplicates === 0 && first) {
      const message = rejected.length === 1 ? first.error : `No message accepted (${rejected.length} refused); the first: ${first.error}`;
      const issues = rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error }));
      return errorResponse(new AppError(first.code, message, issues));
    }
    return json({
      success: true,
      accepted: stored + duplicates,
      stored,
      duplicates,
      rejected: rejected.map((r) => ({ index: r.index, messageId: r.messageId, status: r.status, error: r.error })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
