import { AppError, zodIssues, type Issue } from "../errors";
import { findUnstorableText, unstorableReason } from "../http/storable-text";
import {
  MAX_BATCH_MESSAGES,
  MAX_MESSAGE_BYTES,
  MAX_MESSAGE_DEPTH,
  ZMessage,
  type Message,
  type MessageType,
} from "./schemas";

export type Rejected = { index: number; messageId?: string; error: string; issues: Issue[] };
export type ParsedPayload = { accepted: { index: number; message: Message }[]; rejected: Rejected[] };

function describe(issues: Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
}

/** Whether objects/arrays nest deeper than `limit` (iterative: JSON.stringify of a deeply nested
 * value overflows the stack, and SQLite's JSON functions stop at 1000 levels). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

function validate(raw: unknown, index: number): { message: Message } | { rejected: Rejected } {
  const messageId = raw && typeof raw === "object" ? (raw as { messageId?: unknown }).messageId : undefined;
  const id = typeof messageId === "string" ? messageId : undefined;
  const reject = (message: string) => {
    const issues = [{ path: "", message }];
    return { rejected: { index, messageId: id, error: describe(issues), issues } };
  };
  if (nestedDeeperThan(raw, MAX_MESSAGE_DEPTH))
    return reject(`message nests objects or arrays more than ${MAX_MESSAGE_DEPTH} levels deep`);
  const text = JSON.stringify(raw);
  if (text.length > MAX_MESSAGE_BYTES) return reject(`message is larger than ${MAX_MESSAGE_BYTES / 1024} KB`);
  const unstorable = findUnstorableText(raw);
  if (unstorable !== null) return reject(unstorableReason(unstorable));
  const parsed = ZMessage.safeParse(raw);
  if (parsed.success) return { message: parsed.data };
  const issues = zodIssues(parsed.error);
  return { rejected: { index, messageId: id, error: describe(issues), issues } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A batch body ({ batch: [...], context?, sentAt? }): each message is judged on its own, so one
 * bad message does not cost the others. The batch's top-level context fills in each message's,
 * and its sentAt (analytics.js's /b sends one for the whole batch) stands for a message's own. */
export function parseBatch(body: unknown): ParsedPayload {
  if (!isObject(body) || !Array.isArray(body.batch)) {
    throw new AppError("BAD_REQUEST", 'A batch body is a JSON object with a "batch" array of messages.');
  }
  if (body.batch.length > MAX_BATCH_MESSAGES) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `A batch holds at most ${MAX_BATCH_MESSAGES} messages; this one has ${body.batch.length}.`,
    );
  }
  const shared = isObject(body.context) ? body.context : null;
  const sentAt = typeof body.sentAt === "string" ? body.sentAt : undefined;
  const out: ParsedPayload = { accepted: [], rejected: [] };
  body.batch.forEach((raw, index) => {
    const withContext =
      shared && isObject(raw) ? { ...raw, context: { ...shared, ...(isObject(raw.context) ? raw.context : {}) } } : raw;
    const withSentAt =
      sentAt !== undefined && isObject(withContext) && withContext.sentAt === undefined
        ? { ...withContext, sentAt }
        : withContext;
    const result = validate(withSentAt, index);
    if ("message" in result) out.accepted.push({ index, message: result.message });
    else out.rejected.push(result.rejected);
  });
  return out;
}

/** A single-call body (/identify, /track, …, or analytics.js's /t, /i, …): the path gives the type. */
export function parseSingle(body: unknown, type: MessageType): Message {
  if (!isObject(body)) throw new AppError("BAD_REQUEST", "The body must be a JSON object.");
  const { writeKey: _key, ...rest } = body;
  if (rest.type !== undefined && rest.type !== type) {
    throw new AppError(
      "BAD_REQUEST",
      `This endpoint takes ${type} messages; the body says type "${String(rest.type)}".`,
    );
  }
  const result = validate({ ...rest, type }, 0);
  if ("rejected" in result)
    throw new AppError("BAD_REQUEST", `Invalid ${type} message: ${result.rejected.error}`, result.rejected.issues);
  return result.message;
}

/** Moves the accepted messages that `problem` finds fault with to `rejected`, with its reason
 * (e.g. a timestamp outside the key's window), keeping both lists in batch order. */
export function rejectWhere(
  payload: ParsedPayload,
  problem: (message: Message, position: number) => string | null,
): ParsedPayload {
  const out: ParsedPayload = { accepted: [], rejected: [...payload.rejected] };
  for (const [position, entry] of payload.accepted.entries()) {
    const error = problem(entry.message, position);
    if (error === null) out.accepted.push(entry);
    else
      out.rejected.push({
        index: entry.index,
        messageId: entry.message.messageId,
        error,
        issues: [{ path: "", message: error }],
      });
  }
  out.rejected.sort((a, b) => a.index - b.index);
  return out;
}
