import { db } from "../db";
import { env } from "../env";
import { startWorker, type Worker } from "./worker";

const holder = globalThis as unknown as { cairnServerWorker?: Worker };

/** The Next server's worker (instrumentation.ts), once per process; JOB_WORKER=off skips it. */
export function startServerWorker(): Worker | null {
  if (env.JOB_WORKER === "off") return null;
  holder.cairnServerWorker ??= startWorker({ db, concurrency: env.JOB_CONCURRENCY, pollMs: env.JOB_POLL_MS });
  return holder.cairnServerWorker;
}
