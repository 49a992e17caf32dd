import { db } from "../db";
import { env } from "../env";
import { setInlineJobs, startWorker, type Worker } from "./worker";

const holder = globalThis as unknown as { cairnServerWorker?: Worker };

/** The Next server's worker (instrumentation.ts), once per process; JOB_WORKER=off skips it, and
 * so does `next build`. */
export function startServerWorker(): Worker | null {
  if (env.NEXT_PHASE === "phase-production-build") return null;
  if (env.JOB_WORKER === "off") {
    setInlineJobs(false);
    return null;
  }
  if (!holder.cairnServerWorker) {
    holder.cairnServerWorker = startWorker({ db, concurrency: env.JOB_CONCURRENCY, pollMs: env.JOB_POLL_MS });
    console.info(`[jobs] worker ${holder.cairnServerWorker.id} started (${holder.cairnServerWorker.kinds.join(", ")})`);
  }
  return holder.cairnServerWorker;
}
