// Segment-spec messages as the browser sends them to POST /api/v1/batch.

export type Bag = Record<string, unknown>;

/** `userHash`: the host server's signature of userId (cairn.identify's third argument). */
export type Identity = { userId: string | null; anonymousId: string; groupId: string | null; userHash?: string | null };

export type PageInfo = { url: string; path: string; title: string; referrer: string; search: string };

export type Call =
  | { type: "identify"; traits: Bag }
  | { type: "track"; event: string; properties: Bag }
  | { type: "page"; name: string | null; properties: Bag }
  | { type: "group"; groupId: string; traits: Bag };

export type Message = {
  type: Call["type"];
  messageId: string;
  timestamp: string;
  anonymousId: string;
  userId?: string;
  userHash?: string;
  event?: string;
  name?: string;
  groupId?: string;
  properties?: Bag;
  traits?: Bag;
  context: {
    locale: string;
    page: PageInfo;
    library: { name: "cairn.js"; version: string };
    groupId?: string;
  };
};

export type MessageEnv = { messageId: string; now: Date; locale: string; page: PageInfo; version: string };

/** A JSON-safe copy of what the host passed (Dates become ISO strings, functions vanish), or
 * null when it cannot be serialized (a cycle) or is not an object. */
export function toBag(value: unknown): Bag | null {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as Bag;
  } catch {
    return null;
  }
}

export function buildMessage(call: Call, who: Identity, env: MessageEnv): Message {
  const message: Message = {
    type: call.type,
    messageId: env.messageId,
    timestamp: env.now.toISOString(),
    anonymousId: who.anonymousId,
    context: { locale: env.locale, page: env.page, library: { name: "cairn.js", version: env.version } },
  };
  if (who.userId) message.userId = who.userId;
  if (who.userId && who.userHash) message.userHash = who.userHash;
  if (who.groupId) message.context.groupId = who.groupId;
  switch (call.type) {
    case "identify":
      message.traits = call.traits;
      break;
    case "track":
      message.event = call.event;
      message.properties = call.properties;
      break;
    case "page": {
      const { url, path, title, referrer, search } = env.page;
      if (call.name) message.name = call.name;
      message.properties = { url, path, title, referrer, search, ...call.properties };
      break;
    }
    case "group":
      message.groupId = call.groupId;
      message.traits = call.traits;
      break;
  }
  return message;
}

/** The current page, as every message's context.page and page() properties carry it. */
export function readPage(
  loc: Pick<Location, "href" | "pathname" | "search">,
  doc: Pick<Document, "title" | "referrer">,
): PageInfo {
  return { url: loc.href, path: loc.pathname, title: doc.title, referrer: doc.referrer, search: loc.search };
}
