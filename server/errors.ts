import type { ZodError } from "zod";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export type Issue = { path: string; message: string };

/** The one error type services throw; routers and REST routes map it to tRPC codes / HTTP. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: Issue[];
  constructor(code: AppErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }
}

export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

/** A 400 whose message lists what is wrong, field by field ("Invalid query: userId is required; …"). */
export function invalidInput(what: string, error: ZodError): AppError {
  const issues = zodIssues(error);
  const list = issues
    .map((i) => (i.path && !i.message.startsWith(i.path) ? `${i.path}: ${i.message}` : i.message))
    .join("; ");
  return new AppError("BAD_REQUEST", `Invalid ${what}: ${list}.`, issues);
}

/** Prisma's unique-constraint error (P2002), from either generated client: e.g. two requests
 * carrying the same messageId raced and the database kept one. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

type DriverCause = { kind?: unknown; code?: unknown; message?: unknown };

/** PostgreSQL's own error under Prisma's (raw queries: P2010; model queries: other codes), when any. */
function postgresCause(error: unknown): DriverCause | null {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: DriverCause } } } | null)?.meta?.driverAdapterError
    ?.cause;
  return cause && cause.kind === "postgres" ? cause : null;
}

/** A value the database refuses to store (PostgreSQL's class 22, "data exception": 22021 a NUL in
 * text, 22008 a date out of range, 22P02 malformed text for a type): the input's fault, not the
 * server's, so a 400 and never a retry. Public inputs are checked before they reach the database
 * (server/http/storable-text.ts, server/ingest/timestamp-window.ts); this is the net under them. */
export function isDataError(error: unknown): boolean {
  const code = postgresCause(error)?.code;
  return typeof code === "string" && code.startsWith("22");
}

/** Prisma's known request errors, recognised by code so both generated clients map alike. */
export function fromPrismaError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (isUniqueViolation(error)) return new AppError("CONFLICT", "A record with these values already exists.");
  if (code === "P2025") return new AppError("NOT_FOUND", "Not found.");
  if (isDataError(error)) {
    const detail = postgresCause(error)?.message;
    return new AppError(
      "BAD_REQUEST",
      `A value cannot be stored${typeof detail === "string" ? ` (${detail.slice(0, 200)})` : ""}.`,
    );
  }
  return null;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return fromPrismaError(error) ?? new AppError("INTERNAL_SERVER_ERROR", "Something went wrong on our side.");
}
