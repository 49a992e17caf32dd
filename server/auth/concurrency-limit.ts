/**
 * At most `max` tasks run at once; the rest wait in arrival order. Password hashing goes through
 * one of these: Node's async scrypt runs on the libuv thread pool (4 threads, shared with file
 * and DNS work), so unbounded sign-ins would fill the pool and stall every request that touches a
 * file, and each hash holds 128 MiB.
 */
export function createConcurrencyLimit(max: number) {
  if (!Number.isInteger(max) || max < 1) throw new Error(`A concurrency limit must be a positive integer, not ${max}.`);
  let running = 0;
  const waiting: (() => void)[] = [];

  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  }

  return {
    run,
    max,
    /** Tasks running now. */
    get running() {
      return running;
    },
    /** Tasks waiting for a slot. */
    get waiting() {
      return waiting.length;
    },
  };
}
