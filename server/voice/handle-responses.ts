import { AppError } from "../errors";
import { errorResponse } from "../http/responses";
import { withWriteKey } from "../http/with-write-key";
import { MAX_BATCH_MESSAGES, MAX_BODY_BYTES } from "../ingest/schemas";
import { recordVoiceBatch } from "./record-voice-batch";

/** The body's messages, each judged later on its own. */
function voiceBatch(body: unknown): unknown[] {
  const batch = (body as { batch?: unknown } | null)?.batch;
  if (!body || typeof body !== "object" || !Array.isArray(batch)) {
    throw new AppError(
      "BAD_REQUEST",
      'The body is a JSON object with a "batch" array of survey_response, survey_dismiss and feedback messages.',
    );
  }
  if (batch.length > MAX_BATCH_MESSAGES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `A batch holds at most ${MAX_BATCH_MESSAGES} messages; this one has ${batch.length}.`,
    );
  }
  return batch;
}

/**
 * POST /api/v1/responses: survey answers, dismissals and feedback (server/contract/widget-protocol.ts
 * VoiceMessage). Size (413), JSON (400), key (401), shape (400, 413), then each message on its own.
 * The reply has /api/v1/batch's shape; when every message is refused, the status and error are the
 * first refusal's (every refusal listed in `issues`).
 */
export const handleResponses = withWriteKey(
  { body: voiceBatch, maxBytes: MAX_BODY_BYTES, allowSecret: true },
  async ({ deps, owner, workspace, input, identity }) => {
    const { stored, duplicates, rejected } = await recordVoiceBatch({
      db: deps.db,
      dialect: deps.dialect,
      workspace,
      batch: input,
      keyKind: owner.kind,
      authorize: (message) => identity.require(message.userId, message.userHash),
      now: deps.now,
    });
    const first = rejected[0];
    if (stored + duplicates === 0 && first) {
      const message =
        rejected.length === 1
          ? first.error
          : `No message accepted (${rejected.length} refused); the first: ${first.error}`;
      const issues = rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error }));
      // Returned, not thrown: a batch of refused messages is still a use of the key.
      return errorResponse(new AppError(first.code, message, issues));
    }
    return {
      success: true,
      accepted: stored + duplicates,
      stored,
      duplicates,
      rejected: rejected.map((r) => ({ index: r.index, messageId: r.messageId, status: r.status, error: r.error })),
    };
  },
);
