import { createHash, randomUUID } from "node:crypto";
import type { SdkSource } from "../identity/schemas";
import { eventTime } from "./clock-skew";
import type { Message, MessageType } from "./schemas";

/** The shape the writer works on: one user key, one event name, one point in time. */
export type NormalizedMessage = {
  messageId: string;
  type: Message["type"];
  userKey: string;
  /** The message's anonymousId when it also names a userId: the anonymous visitor an identify
   * (or an alias, whose previousId this is) says is this user — what identity stitching joins. */
  anonymousId: string | null;
  name: string;
  properties: Record<string, unknown>;
  traits: Record<string, unknown> | null;
  groupId: string | null;
  groupTraits: Record<string, unknown> | null;
  context: Record<string, unknown> | null;
  locale: string | null;
  /** When it happened by our clock (corrected for the sender's clock skew, see clock-skew.ts). */
  timestamp: Date;
  /** The timestamp as sent; null when the message had none. */
  originalTimestamp: Date | null;
  /** For a message about a userId: where it came from and whether the userId was verified
   * (counted by the identity stage). Absent for anonymous messages and internal writers. */
  identity?: { source: SdkSource; verified: boolean };
};

// Stored event names for the non-track calls; `$` keeps them apart from a host's own names.
export const SYSTEM_EVENT = {
  identify: "$identify",
  group: "$group",
  page: "$page",
  screen: "$screen",
  alias: "$alias",
} as const;

/** The message types that count as a user's activity (UserDay, EventDay): a screen is a mobile
 * app's page. */
export const ACTIVITY_TYPES: ReadonlySet<string> = new Set<MessageType>(["track", "page", "screen"]);

/** Without a messageId, a message that carries a timestamp gets one derived from its content
 * (so a retried curl call is still deduplicated); one without either cannot be told apart from
 * a deliberate repeat and gets a random id. */
function messageIdFor(message: Message): string {
  if (message.messageId) return message.messageId;
  if (!message.timestamp) return `srv-${randomUUID()}`;
  // Without sentAt: a retry is sent at another moment and must still get the same id.
  const { sentAt: _sentAt, ...content } = message;
  return `srv-${createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 32)}`;
}

function clampTimestamp(at: Date, receivedAt: Date): Date {
  // A client clock ahead of ours must not put events in the future of every report.
  return at.getTime() > receivedAt.getTime() + 60_000 ? receivedAt : at;
}

function readLocale(context: Record<string, unknown> | undefined): string | null {
  const locale = context?.locale;
  return typeof locale === "string" && locale.length <= 35 ? locale : null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The context as stored: without `cairn.userHash`, a credential that proves nothing once checked
 * and must not be readable by whoever reads events (exports, drill-downs). */
function storableContext(context: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!context) return null;
  const cairn = context.cairn;
  if (!isPlainObject(cairn) || !("userHash" in cairn)) return context;
  const { userHash: _signature, ...rest } = cairn;
  const { cairn: _cairn, ...others } = context;
  return Object.keys(rest).length > 0 ? { ...others, cairn: rest } : others;
}

export function normalizeMessage(message: Message, receivedAt: Date): NormalizedMessage {
  const time = eventTime(message, receivedAt);
  const userKey = message.userId ? String(message.userId) : `anon:${message.anonymousId}`;
  const context = storableContext(message.context);
  const contextGroup = context?.groupId;
  const base = {
    messageId: messageIdFor(message),
    type: message.type,
    userKey,
    anonymousId: message.userId && message.anonymousId ? String(message.anonymousId) : null,
    context,
    locale: readLocale(message.context),
    timestamp: clampTimestamp(time.timestamp, receivedAt),
    originalTimestamp: time.originalTimestamp,
    groupId: typeof contextGroup === "string" || typeof contextGroup === "number" ? String(contextGroup) : null,
    groupTraits: null,
    traits: isPlainObject(context?.traits) ? context.traits : null,
  };
  switch (message.type) {
    case "track":
      return { ...base, name: message.event, properties: message.properties ?? {} };
    case "page":
      return {
        ...base,
        name: SYSTEM_EVENT.page,
        properties: { ...(message.properties ?? {}), ...(message.name ? { name: message.name } : {}) },
      };
    case "screen":
      return {
        ...base,
        name: SYSTEM_EVENT.screen,
        properties: { ...(message.properties ?? {}), ...(message.name ? { name: message.name } : {}) },
      };
    case "alias":
      // The previous id is the visitor (or former user) this user was: what stitching joins.
      return {
        ...base,
        name: SYSTEM_EVENT.alias,
        properties: { previousId: message.previousId },
        anonymousId: message.previousId,
      };
    case "identify":
      return { ...base, name: SYSTEM_EVENT.identify, properties: {}, traits: message.traits ?? {} };
    case "group":
      return {
        ...base,
        name: SYSTEM_EVENT.group,
        properties: {},
        groupId: message.groupId,
        groupTraits: message.traits ?? {},
      };
  }
}
