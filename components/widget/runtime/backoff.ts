/** Delay before retry number `attempt` (1, 2, …): exponential from `base`, capped, with "equal
 * jitter" (half fixed, half random) so many browsers that failed together don't retry together. */
export function backoffDelay(attempt: number, random: number, base = 1000, cap = 60_000): number {
  const exp = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (random * exp) / 2);
}

const MAX_RETRY_AFTER_MS = 10 * 60_000;

/** A Retry-After header (seconds or an HTTP date) in ms, or null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

export type Outcome = "sent" | "retry" | "split" | "drop";

/** What to do with a batch after the server answered `status` (0 = network error). */
export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return "sent";
  if (status === 0 || status === 408 || status === 429 || status >= 500) return "retry";
  if (status === 413) return "split";
  return "drop";
}
