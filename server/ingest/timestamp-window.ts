import type { KeyKind } from "../api-keys/key-material";
import { env } from "../env";

// Which points in time a message may claim. A write key is in every host page, so what it sends
// is held to what a browser can have queued: the last 7 days. Only the secret key (a server) may
// backfill or import older history, back to the horizon (env INGEST_TIMESTAMP_HORIZON, default
// 2000-01-01). Either way, nothing more than 5 minutes ahead of our clock: a client clock up to 5 minutes fast is tolerated (ingest stores such a message at the
// time it was received, as before); further is a bug or a forgery and is rejected with a reason,
// like a date PostgreSQL cannot store (year 0000), which used to fail the whole batch with a 500.
// The time judged is the one the event is stored at: the timestamp after the clock-skew correction
// by sentAt (clock-skew.ts), so a device whose clock is days off is neither refused nor misdated.

export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const WRITE_KEY_MAX_AGE_MS = 7 * 86_400_000;

/** Why a message's timestamp is refused, or null when it is within the window. */
export function timestampProblem(
  at: Date,
  receivedAt: Date,
  kind: KeyKind,
  horizon: Date = env.INGEST_TIMESTAMP_HORIZON,
): string | null {
  const t = at.getTime();
  if (Number.isNaN(t)) return "timestamp is not a valid date";
  if (t > receivedAt.getTime() + FUTURE_TOLERANCE_MS)
    return "timestamp is more than 5 minutes in the future: check the sender's clock";
  if (kind === "write" && t < receivedAt.getTime() - WRITE_KEY_MAX_AGE_MS)
    return "timestamp is more than 7 days old: only the secret key (from a server) may send older messages";
  if (t < horizon.getTime()) return `timestamp is before ${horizon.toISOString()}, the oldest this server accepts`;
  return null;
}
