"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { PagedList } from "@/components/ui/paged-list";
import { Cell, Table, type Column } from "@/components/ui/table";
import type { JobStatus } from "@/server/jobs/schemas";
import { JobProgress } from "./job-progress";

/** Done and dead are final; queued, running and failed (waiting to retry) are still moving. */
const settled = (status: JobStatus) => status === "done" || status === "dead";

const COLUMNS: Column[] = [
  { label: "Job" },
  { label: "Status" },
  { label: "Attempts" },
  { label: "Progress" },
  { label: "Created" },
  { label: "Error" },
  {},
];

const TONE: Record<JobStatus, string> = {
  queued: "text-stone-600",
  running: "text-brand-700",
  failed: "text-amber-700",
  done: "text-green-700",
  dead: "font-semibold text-red-700",
};

const SAYS: Record<JobStatus, string> = {
  queued: "queued",
  running: "running",
  failed: "retrying",
  done: "done",
  dead: "dead",
};

/** Settings → Jobs: the workspace's recent background jobs, and Retry for a dead one. */
export function BackgroundJobs() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const allowed = ws.can("workspace.manage");
  const jobs = useQuery({
    ...trpc.job.list.queryOptions({ workspaceId: ws.id }),
    enabled: allowed,
    // Keep moving while something is on its way.
    refetchInterval: (q) => (q.state.data?.some((j) => !settled(j.status)) ? 2_000 : false),
  });
  const retry = useMutation(
    trpc.job.retry.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.job.pathFilter()) }),
  );

  if (!allowed) return <EmptyState title="Only admins see background jobs">Ask an admin of {ws.name}.</EmptyState>;
  return (
    <>
      <RebuildRollups />
      <Card title="Recent jobs">
        {retry.error ? <p className="mb-2 text-sm text-red-700">{errorMessage(retry.error)}</p> : null}
        <PagedList
          query={jobs}
          count={jobs.data?.length ?? 0}
          empty={
            <EmptyState title="No jobs yet">
              Saving a persona or a feature, or taking a checklist live, starts one.
            </EmptyState>
          }
        >
          <Table columns={COLUMNS}>
            {jobs.data?.map((j) => (
              <tr key={j.id} data-testid="job-row" data-status={j.status}>
                <Cell className="font-mono text-xs">{j.kind}</Cell>
                <Cell className={TONE[j.status]}>
                  {SAYS[j.status]}
                  {j.status === "failed" ? (
                    <span className="block text-xs text-stone-500">next try {j.runAt.toLocaleTimeString()}</span>
                  ) : null}
                </Cell>
                <Cell className="tabular-nums">
                  {j.attempts}/{j.maxAttempts}
                </Cell>
                <Cell className="tabular-nums">{j.total > 0 ? `${j.processed}/${j.total}` : "—"}</Cell>
                <Cell>{j.createdAt.toLocaleString()}</Cell>
                <Cell className="max-w-xs text-xs break-words text-stone-600">{j.error ?? ""}</Cell>
                <Cell align="right">
                  {j.status === "dead" ? (
                    <Button
                      variant="secondary"
                      disabled={retry.isPending}
                      onClick={() => retry.mutate({ workspaceId: ws.id, id: j.id })}
                    >
                      Retry
                    </Button>
                  ) : null}
                </Cell>
              </tr>
            ))}
          </Table>
        </PagedList>
      </Card>
    </>
  );
}

/** Recounts every rollup (the daily counts reports read) from the raw events still stored. */
function RebuildRollups() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const rebuild = useMutation(
    trpc.job.rebuildRollups.mutationOptions({
      onSuccess: (job) => {
        setJobId(job.id);
        void queryClient.invalidateQueries(trpc.job.list.pathFilter());
      },
    }),
  );
  return (
    <Card title="Rebuild rollups">
      <p className="mb-3 text-sm text-stone-600">
        Reports read daily counts (per user, account, event and feature) kept as events arrive. Rebuilding recounts them
        from the raw events, day by day, while ingest goes on. Days older than the raw-event retention keep their
        counts: their events are gone.
      </p>
      {rebuild.error ? <p className="mb-2 text-sm text-red-700">{errorMessage(rebuild.error)}</p> : null}
      <div className="flex flex-col gap-3">
        <div>
          <Button
            variant="secondary"
            disabled={rebuild.isPending}
            onClick={() => rebuild.mutate({ workspaceId: ws.id })}
            data-testid="rebuild-rollups"
          >
            Rebuild rollups
          </Button>
        </div>
        {jobId ? <JobProgress jobId={jobId} label="Rollups" /> : null}
      </div>
    </Card>
  );
}
