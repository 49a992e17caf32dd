import { AppError } from "../errors";
import type { ApiDeps } from "../http/deps";
import { errorResponse } from "../http/responses";
import { withWriteKey, type Endpoint, type KeyedRequest } from "../http/with-write-key";
import { normalizeMessage } from "./normalize-message";
import { parseBatch, parseSingle, rejectWhere, type ParsedPayload, type Rejected } from "./parse-payload";
import { MAX_BODY_BYTES, type MessageType } from "./schemas";
import { timestampProblem } from "./timestamp-window";
import { writeMessagesIsolated } from "./write-messages";

const KINDS = ["batch", "identify", "track", "page", "group"] as const satisfies readonly ("batch" | MessageType)[];

function noneValid(rejected: Rejected[]): AppError {
  return new AppError(
    "BAD_REQUEST",
    `No valid message (${rejected.length} rejected): ${rejected[0]?.error ?? ""}`,
    rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error })),
  );
}

async function storeMessages({ deps, workspace, input, receivedAt, timing }: KeyedRequest<ParsedPayload>) {
  const screened = rejectWhere(input, (m) =>
    m.timestamp ? timestampProblem(new Date(m.timestamp), receivedAt) : null,
  );
  if (screened.accepted.length === 0 && screened.rejected.length > 0) throw noneValid(screened.rejected);
  const normalized = screened.accepted.map(({ message }) => normalizeMessage(message, receivedAt));
  timing.mark("validate");
  const result = await writeMessagesIsolated(deps.db, deps.dialect, workspace, normalized, receivedAt);
  timing.mark("write");
  const failedIds = new Map(result.failed.map((f) => [f.messageId, f.error]));
  const rejected = [...screened.rejected];
  screened.accepted.forEach(({ index }, i) => {
    const error = failedIds.get(normalized[i]!.messageId);
    if (error !== undefined)
      rejected.push({ index, messageId: normalized[i]!.messageId, error, issues: [{ path: "", message: error }] });
  });
  rejected.sort((a, b) => a.index - b.index);
  if (result.inserted + result.duplicates === 0 && rejected.length > 0) throw noneValid(rejected);
  return {
    success: true,
    accepted: screened.accepted.length - result.failed.length,
    stored: result.inserted,
    duplicates: result.duplicates,
    rejected,
  };
}

const single =
  (kind: MessageType) =>
  (body: unknown): ParsedPayload => ({ accepted: [{ index: 0, message: parseSingle(body, kind) }], rejected: [] });

const endpoints = new Map<string, Endpoint>(
  KINDS.map((kind) => [
    kind,
    withWriteKey(
      {
        body: kind === "batch" ? parseBatch : single(kind),
        maxBytes: MAX_BODY_BYTES,
        allowSecret: true,
        serverTiming: true,
      },
      storeMessages,
    ),
  ]),
);

/** POST /api/v1/batch and /api/v1/{identify,track,page,group}. Order of checks: size, JSON,
 * key, messages, so each failure gets its own status (413, 400, 401, 400). */
export function handleIngest(request: Request, kind: string, deps: ApiDeps): Promise<Response> {
  const endpoint = endpoints.get(kind);
  if (!endpoint)
    return Promise.resolve(
      errorResponse(new AppError("NOT_FOUND", `Unknown endpoint /api/v1/${kind}; use one of ${KINDS.join(", ")}.`)),
    );
  return endpoint(request, deps);
}
