import { hostname } from "node:os";
import type { Db } from "../db";
import { claimNext } from "./claim";
import { scheduleDailyJobs } from "./daily";
import type { JobRegistry } from "./handler";
import { JOBS } from "./jobs";
import { buryAbandoned, DEFAULT_LEASE_MS, type JobRef } from "./queue";
import { runClaimed, type RunOptions } from "./run-job";

export type Worker = {
  readonly id: string;
  readonly kinds: readonly string[];
  /** Looks for a job now instead of at the next poll. */
  kick(): void;
  /** Stops claiming and resolves once the jobs it is running have finished. */
  stop(): Promise<void>;
};

export type WorkerOptions = {
  db: Db;
  id?: string;
  pollMs?: number;
  concurrency?: number;
  leaseMs?: number;
  backoff?: RunOptions["backoff"];
  /** The kinds it runs (default: every kind of server/jobs/jobs.ts); it claims no other. */
  registry?: JobRegistry;
  /** Enqueues the day's daily jobs (deduplicated across instances); default true. */
  schedule?: boolean;
};

// Workers of this process, so an enqueue can wake one (Next's dev server reloads modules; the
// global survives).
const local = ((globalThis as unknown as { cairnJobWorkers?: Set<Worker> }).cairnJobWorkers ??= new Set());

// Whether an enqueue with no worker of this process may run the job here (see kickJob). Off in a
// server started with JOB_WORKER=off: it serves requests and leaves the jobs to the workers.
const inline = ((globalThis as unknown as { cairnInlineJobs?: { on: boolean } }).cairnInlineJobs ??= { on: true });

export function setInlineJobs(on: boolean): void {
  inline.on = on;
}

export function defaultWorkerId(suffix = "worker"): string {
  return `${hostname()}:${process.pid}:${suffix}`;
}

export function startWorker(opts: WorkerOptions): Worker {
  const registry = opts.registry ?? JOBS;
  const kinds = Object.keys(registry);
  const id = opts.id ?? defaultWorkerId();
  const pollMs = opts.pollMs ?? 1_000;
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const run: RunOptions = { leaseMs: opts.leaseMs ?? DEFAULT_LEASE_MS, backoff: opts.backoff };
  const active = new Set<Promise<unknown>>();
  let stopping = false;
  let wake: (() => void) | null = null;
  let nextHousekeeping = 0;

  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  async function loop() {
    while (!stopping) {
      try {
        if (Date.now() >= nextHousekeeping) {
          nextHousekeeping = Date.now() + 60_000;
          await buryAbandoned(opts.db);
          if (opts.schedule ?? true) await scheduleDailyJobs(opts.db, registry);
        }
        while (!stopping && active.size < concurrency) {
          const job = await claimNext(opts.db, { workerId: id, kinds, leaseMs: run.leaseMs });
          if (!job) break;
          const running: Promise<unknown> = runClaimed(opts.db, job, registry, run).finally(() => {
            active.delete(running);
            wakeUp();
          });
          active.add(running);
        }
      } catch (error) {
        console.error(`[jobs] worker ${id}:`, error);
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  const looping = loop();
  const worker: Worker = {
    id,
    kinds,
    kick: wakeUp,
    async stop() {
      stopping = true;
      wakeUp();
      await looping;
      await Promise.allSettled([...active]);
      local.delete(worker);
    },
  };
  local.add(worker);
  return worker;
}

/**
 * After an enqueue: a worker of this process that runs the kind looks for it now; without one
 * (a script, the seed, a test) this process runs that job itself, in the background, as the
 * worker would (unless this server opted out with JOB_WORKER=off). Either way the job is claimed through the queue, so it runs once.
 */
export function kickJob(db: Db, ref: JobRef & { kind: string }): void {
  const worker = [...local].find((w) => w.kinds.includes(ref.kind));
  if (worker) return worker.kick();
  if (!inline.on) return;
  const run: RunOptions = { leaseMs: DEFAULT_LEASE_MS };
  void claimNext(db, { workerId: defaultWorkerId("inline"), kinds: [ref.kind], leaseMs: run.leaseMs, only: ref })
    .then((job) => (job ? runClaimed(db, job, JOBS, run) : null))
    .catch((error: unknown) => console.error(`[jobs] running ${ref.kind} ${ref.id} inline:`, error));
}
