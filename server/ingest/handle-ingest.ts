import { AppError } from "../errors";
import type { ApiDeps } from "../http/deps";
import { errorResponse } from "../http/responses";
import { withWriteKey, type Endpoint, type KeyedRequest } from "../http/with-write-key";
import { limiter } from "../rate-limit/limits";
import { normalizeMessage } from "./normalize-message";
import { parseBatch, parseSingle, type ParsedPayload } from "./parse-payload";
import { MAX_BODY_BYTES, type MessageType } from "./schemas";
import { writeMessages } from "./write-messages";

const KINDS = ["batch", "identify", "track", "page", "group"] as const satisfies readonly ("batch" | MessageType)[];

async function storeMessages({ deps, owner, workspace, input, receivedAt, timing }: KeyedRequest<ParsedPayload>) {
  if (input.accepted.length === 0 && input.rejected.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `No valid message in the batch (${input.rejected.length} rejected).`,
      input.rejected.map((r) => ({ path: `batch.${r.index}`, message: r.error })),
    );
  }
  await limiter("ingestEventsPerKey").consume(
    owner.keyId,
    input.accepted.length,
    "This key sent more messages per second than its quota.",
  );
  const normalized = input.accepted.map(({ message }) => normalizeMessage(message, receivedAt));
  timing.mark("validate");
  const result = await writeMessages(deps.db, deps.dialect, workspace, normalized, receivedAt);
  timing.mark("write");
  return {
    success: true,
    accepted: input.accepted.length,
    stored: result.inserted,
    duplicates: result.duplicates,
    rejected: input.rejected,
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
