import type { Db } from "../db";
import type { SqlDialect } from "../sql/dialect";
import { AppError, HTTP_STATUS, invalidInput, toAppError, type AppErrorCode } from "../errors";
import { findUnstorableText, unstorableReason } from "../http/storable-text";
import type { KeyKind } from "../api-keys/key-material";
import { timestampProblem } from "../ingest/timestamp-window";
import type { FeedbackWorkspace } from "./record-feedback";
import { recordVoiceMessage } from "./record-voice-message";
import { ZVoiceMessage, type VoiceMessageInput } from "./schemas";

export type VoiceRejection = { index: number; messageId?: string; status: number; code: AppErrorCode; error: string };
export type VoiceBatchResult = { stored: number; duplicates: number; rejected: VoiceRejection[] };

function messageIdOf(raw: unknown): string | undefined {
  const id = raw && typeof raw === "object" ? (raw as { messageId?: unknown }).messageId : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Each message validated and recorded on its own, in order (an answer may follow the feedback that
 * created its author in the same batch): a refusal (AppError: 400, 404, 409; a value the database
 * refuses to store maps to a 400) costs only its own message. Anything else (the database is down)
 * is thrown, so the whole request fails with a 500 and the widget retries it; messages recorded
 * before come back then as duplicates.
 */
export async function recordVoiceBatch(args: {
  db: Db;
  dialect: SqlDialect;
  workspace: FeedbackWorkspace;
  batch: readonly unknown[];
  /** The kind of key the batch came with: it sets how old a message's timestamp may be. */
  keyKind: KeyKind;
  /** Throws (a 401 AppError) when the caller may not act as the message's user. */
  authorize: (message: VoiceMessageInput) => Promise<unknown>;
  now: () => Date;
}): Promise<VoiceBatchResult> {
  const result: VoiceBatchResult = { stored: 0, duplicates: 0, rejected: [] };
  for (const [index, raw] of args.batch.entries()) {
    try {
      const unstorable = findUnstorableText(raw);
      if (unstorable !== null) throw new AppError("BAD_REQUEST", `Invalid message: ${unstorableReason(unstorable)}.`);
      const parsed = ZVoiceMessage.safeParse(raw);
      if (!parsed.success) throw invalidInput("message", parsed.error);
      const now = args.now();
      const late = parsed.data.timestamp ? timestampProblem(new Date(parsed.data.timestamp), now, args.keyKind) : null;
      if (late) throw new AppError("BAD_REQUEST", `Invalid message: ${late}.`);
      await args.authorize(parsed.data);
      const outcome = await recordVoiceMessage({
        db: args.db,
        dialect: args.dialect,
        workspace: args.workspace,
        message: parsed.data,
        now,
      });
      if (outcome === "stored") result.stored += 1;
      else result.duplicates += 1;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL_SERVER_ERROR") throw error;
      result.rejected.push({
        index,
        messageId: messageIdOf(raw),
        status: HTTP_STATUS[appError.code],
        code: appError.code,
        error: appError.message,
      });
    }
  }
  return result;
}
