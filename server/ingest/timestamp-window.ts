import { env } from "../env";

// Which points in time a message may claim. Nothing before the horizon (env
// INGEST_TIMESTAMP_HORIZON, default 2000-01-01) and nothing more than 5 minutes ahead of our
// clock: a client clock up to 5 minutes fast is tolerated (ingest stores such a message at the
// time it was received, as before); further is a bug or a forgery and is rejected with a reason,
// like a date PostgreSQL cannot store (year 0000), which used to fail the whole batch with a 500.

export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Why a message's timestamp is refused, or null when it is within the window. */
export function timestampProblem(
  at: Date,
  receivedAt: Date,
  horizon: Date = env.INGEST_TIMESTAMP_HORIZON,
): string | null {
  const t = at.getTime();
  if (Number.isNaN(t)) return "timestamp is not a valid date";
  if (t > receivedAt.getTime() + FUTURE_TOLERANCE_MS)
    return "timestamp is more than 5 minutes in the future: check the sender's clock";
  if (t < horizon.getTime()) return `timestamp is before ${horizon.toISOString()}, the oldest this server accepts`;
  return null;
}
