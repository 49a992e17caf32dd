import { AppError, HTTP_STATUS, toAppError, type Issue } from "../errors";
import { RateLimitedError } from "../rate-limit/limiter";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  // X-Retry-Count: analytics.js numbers its retries of a message in it.
  "Access-Control-Allow-Headers": "Authorization, Content-Type, X-Write-Key, X-Retry-Count",
  "Access-Control-Max-Age": "86400",
};

/** For replies per user that change with every event: never cached by a browser or a proxy. */
export const NO_STORE: Record<string, string> = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL_SERVER_ERROR") console.error("[api]", error);
  const body: { error: { code: string; message: string; issues?: Issue[] } } = {
    error: { code: appError.code, message: appError.message },
  };
  if (appError.issues?.length) body.error.issues = appError.issues;
  const retry = error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
  return json(body, HTTP_STATUS[appError.code], retry);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** Reads the body as text without trusting Content-Length, stopping past `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${limit / 1024} KB.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${limit / 1024} KB.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") throw new AppError("BAD_REQUEST", "Request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError("BAD_REQUEST", `Malformed JSON: ${(e as Error).message}`);
  }
}
