/** How long a failed job waits before its next attempt: exponential in the attempts made
 * (base, 2×base, 4×base … up to the cap), with "equal jitter" (half fixed, half random) so jobs
 * that failed together (a database blip) do not all retry in the same instant. */
export function retryDelayMs(attempts: number, opts: { baseMs: number; capMs: number; random?: () => number }): number {
  const exp = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (exp / 2) * (opts.random ?? Math.random)());
}
