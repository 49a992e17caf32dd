"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import type { JobStatus } from "@/server/jobs/schemas";

/** Done and dead are final; queued, running and failed (waiting to retry) are still moving. */
const settled = (status: JobStatus) => status === "done" || status === "dead";

const SAYS: Record<JobStatus, string> = {
  queued: "waiting to start…",
  running: "recomputing…",
  failed: "retrying soon…",
  done: "up to date",
  dead: "failed",
};

/** Shows a recompute job's progress until it settles (done, or dead after its retries). */
export function JobProgress({ jobId, label }: { jobId: string; label: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const job = useQuery({
    ...trpc.workspace.job.queryOptions({ workspaceId: ws.id, id: jobId }),
    refetchInterval: (q) => (q.state.data && settled(q.state.data.status) ? false : 500),
  });
  const data = job.data;
  if (!data) return null;
  const pct = data.total > 0 ? Math.round((100 * data.processed) / data.total) : data.status === "done" ? 100 : 0;
  return (
    <div
      className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm"
      data-testid="job-progress"
      data-status={data.status}
    >
      <div className="flex justify-between text-xs text-stone-600">
        <span>
          {label}: {SAYS[data.status]}
          {data.status === "dead" || data.status === "failed" ? `: ${data.error}` : null}
        </span>
        <span className="tabular-nums">{pct}%</span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded bg-stone-200">
        <div
          className={`h-full ${data.status === "dead" ? "bg-red-500" : "bg-brand-500"} transition-all`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
