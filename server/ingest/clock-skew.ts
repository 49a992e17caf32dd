import type { Message } from "./schemas";

// A device whose clock is off stamps its messages with its own wrong time. Segment's libraries
// also stamp the moment they sent the request (`sentAt`, on each message or on the batch) with
// the same clock, so the offset between that clock and ours is (receivedAt − sentAt), and the
// event happened at timestamp + (receivedAt − sentAt) by our clock: how Segment corrects it.
// Network time counts as skew (milliseconds, usually). The correction runs before the timestamp
// window checks (timestamp-window.ts), which judge the corrected time.

export type EventTime = {
  /** When the event happened by our clock: the corrected timestamp, or the arrival time when the
   * message has no timestamp. */
  timestamp: Date;
  /** The timestamp as the sender sent it; null when it sent none. */
  originalTimestamp: Date | null;
};

/** `timestamp` moved by the sender's clock offset, (receivedAt − sentAt). */
export function correctSkew(timestamp: Date, sentAt: Date, receivedAt: Date): Date {
  return new Date(timestamp.getTime() + (receivedAt.getTime() - sentAt.getTime()));
}

function parsedDate(text: string | undefined): Date | null {
  if (text === undefined) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** The time a message is stored at: its timestamp, corrected when it also carries a `sentAt`
 * that parses (one that does not is ignored, as Segment does). A timestamp that does not parse is
 * returned as is (an invalid Date), for the window check to refuse. */
export function eventTime(message: Pick<Message, "timestamp" | "sentAt">, receivedAt: Date): EventTime {
  if (message.timestamp === undefined) return { timestamp: receivedAt, originalTimestamp: null };
  const original = new Date(message.timestamp);
  const sentAt = parsedDate(message.sentAt);
  const valid = !Number.isNaN(original.getTime());
  return {
    timestamp: valid && sentAt ? correctSkew(original, sentAt, receivedAt) : original,
    originalTimestamp: original,
  };
}
