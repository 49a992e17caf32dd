// Segment-spec messages and the fetch Requests the SDK routes receive, for handleIngest.
import type { ApiDeps } from "../../server/http/deps";
import { handleIngest } from "../../server/ingest/handle-ingest";
import type { MessageType } from "../../server/ingest/schemas";
import { unique } from "./unique";

type Bag = Record<string, unknown>;
export type RawMessage = Bag & { type?: string };

const at = (timestamp?: Date | string) =>
  timestamp instanceof Date ? timestamp.toISOString() : (timestamp ?? new Date().toISOString());

export function trackMessage(
  userId: string,
  event: string,
  opts: { properties?: Bag; timestamp?: Date | string; messageId?: string; context?: Bag } = {},
): RawMessage {
  return {
    type: "track",
    userId,
    event,
    properties: opts.properties ?? {},
    timestamp: at(opts.timestamp),
    messageId: opts.messageId ?? unique("m-"),
    ...(opts.context ? { context: opts.context } : {}),
  };
}

export function pageMessage(
  userId: string,
  name: string,
  opts: { timestamp?: Date | string; messageId?: string; properties?: Bag } = {},
): RawMessage {
  return {
    type: "page",
    userId,
    name,
    properties: opts.properties ?? {},
    timestamp: at(opts.timestamp),
    messageId: opts.messageId ?? unique("m-"),
  };
}

export function identifyMessage(
  userId: string,
  traits: Bag,
  opts: { timestamp?: Date | string; messageId?: string; context?: Bag } = {},
): RawMessage {
  return {
    type: "identify",
    userId,
    traits,
    timestamp: at(opts.timestamp),
    messageId: opts.messageId ?? unique("m-"),
    ...(opts.context ? { context: opts.context } : {}),
  };
}

export function groupMessage(
  userId: string,
  groupId: string,
  traits: Bag = {},
  opts: { timestamp?: Date | string; messageId?: string } = {},
): RawMessage {
  return {
    type: "group",
    userId,
    groupId,
    traits,
    timestamp: at(opts.timestamp),
    messageId: opts.messageId ?? unique("m-"),
  };
}

export function screenMessage(
  userId: string,
  name: string,
  opts: { timestamp?: Date | string; messageId?: string; properties?: Bag } = {},
): RawMessage {
  return { ...pageMessage(userId, name, opts), type: "screen" };
}

export function aliasMessage(
  userId: string,
  previousId: string,
  opts: { timestamp?: Date | string; messageId?: string } = {},
): RawMessage {
  return {
    type: "alias",
    userId,
    previousId,
    timestamp: at(opts.timestamp),
    messageId: opts.messageId ?? unique("m-"),
  };
}

/** The last part of an ingest URL: a type or "batch", or analytics.js's one letter (t, i, …, b). */
export type IngestPath = "batch" | MessageType | "b" | "t" | "i" | "p" | "s" | "g" | "a";

export type KeyStyle = "basic" | "header" | "body" | "bearer" | "none";

/** A POST like the SDK's: the key as Basic user name (Segment's libraries), X-Write-Key, a
 * `writeKey` body field (sendBeacon), or a Bearer token. `body` may be raw text. */
export function ingestRequest(
  kind: IngestPath,
  body: unknown,
  opts: { key?: string; style?: KeyStyle; headers?: Record<string, string> } = {},
): Request {
  const style = opts.style ?? (opts.key ? "basic" : "none");
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  let payload = body;
  if (opts.key && style === "basic") headers.authorization = `Basic ${Buffer.from(`${opts.key}:`).toString("base64")}`;
  if (opts.key && style === "bearer") headers.authorization = `Bearer ${opts.key}`;
  if (opts.key && style === "header") headers["x-write-key"] = opts.key;
  if (opts.key && style === "body") payload = { ...(body as Bag), writeKey: opts.key };
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  return new Request(`http://cairn.test/api/v1/${kind}`, { method: "POST", headers, body: text });
}

export type IngestReply = {
  status: number;
  body: {
    success?: boolean;
    accepted?: number;
    stored?: number;
    duplicates?: number;
    rejected?: { index: number; messageId?: string; error: string }[];
    error?: { code: string; message: string; issues?: { path: string; message: string }[] };
  };
};

export async function ingest(
  deps: ApiDeps,
  kind: IngestPath,
  body: unknown,
  opts: { key?: string; style?: KeyStyle; headers?: Record<string, string> } = {},
): Promise<IngestReply> {
  const response = await handleIngest(ingestRequest(kind, body, opts), kind, deps);
  return { status: response.status, body: (await response.json()) as IngestReply["body"] };
}

/** POST /batch with these messages. */
export function sendBatch(deps: ApiDeps, key: string, messages: unknown[], style: KeyStyle = "basic") {
  return ingest(deps, "batch", { batch: messages }, { key, style });
}
