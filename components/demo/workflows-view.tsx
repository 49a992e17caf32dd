"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { cairn } from "./cairn-client";
import { connectorLabel } from "./demo-config";
import { useDemo } from "./demo-root";
import { MANAGED_WAREHOUSE, newId, SAMPLE_SOURCE, type DemoData, type Workflow, type WorkflowRun } from "./demo-store";
import { PlayIcon, PlusIcon } from "./icons";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge, formatDate, formatNumber } from "./ui";

function endpointLabel(data: DemoData, id: string): string {
  if (id === SAMPLE_SOURCE.id) return SAMPLE_SOURCE.label;
  if (id === MANAGED_WAREHOUSE.id) return MANAGED_WAREHOUSE.label;
  const c = data.connections.find((x) => x.id === id);
  return c ? `${c.name} (${connectorLabel(c.type)})` : "Missing connection";
}

export function stepCount(w: Pick<Workflow, "transform">): number {
  // source, destination, schedule, and the optional transformation
  return 3 + (w.transform ? 1 : 0);
}

/** "Run now": a fake sync that succeeds after a moment, then workflow_run. */
export function useWorkflowRunner() {
  const { updateData } = useDemo();
  const [running, setRunning] = useState<string | null>(null);
  const [lastRun, setLastRun] = useState<WorkflowRun | null>(null);
  function run(workflowId: string) {
    setRunning(workflowId);
    setLastRun(null);
    const durationMs = 600 + Math.floor(Math.random() * 900);
    window.setTimeout(() => {
      const result: WorkflowRun = {
        id: newId("run_"),
        status: "success",
        rows: 500 + Math.floor(Math.random() * 250_000),
        durationMs,
        at: new Date().toISOString(),
      };
      updateData((d) => ({
        ...d,
        workflows: d.workflows.map((w) => (w.id === workflowId ? { ...w, runs: [result, ...w.runs] } : w)),
      }));
      cairn.track("workflow_run", {
        workflow_id: workflowId,
        status: result.status,
        rows: result.rows,
        duration_ms: result.durationMs,
      });
      setLastRun(result);
      setRunning(null);
    }, durationMs);
  }
  return { run, running, lastRun };
}

function useStartWorkflow() {
  const { data, updateData } = useDemo();
  const router = useRouter();
  return () => {
    const firstSource = data.connections.find((c) => c.direction === "source");
    const firstDestination = data.connections.find((c) => c.direction === "destination");
    const workflow: Workflow = {
      id: newId("wf_"),
      name: `Workflow ${data.workflows.length + 1}`,
      status: "draft",
      sourceId: firstSource?.id ?? SAMPLE_SOURCE.id,
      destinationId: firstDestination?.id ?? MANAGED_WAREHOUSE.id,
      transform: false,
      schedule: "daily",
      createdAt: new Date().toISOString(),
      savedAt: null,
      runs: [],
    };
    updateData((d) => ({ ...d, workflows: [workflow, ...d.workflows] }));
    cairn.track("workflow_started", { workflow_id: workflow.id, template: "blank" });
    router.push(`/demo/app/workflows/${workflow.id}`);
  };
}

function lastRunText(w: Workflow): string {
  return w.runs[0] ? `${formatNumber(w.runs[0].rows)} rows · ${formatDate(w.runs[0].at)}` : "Never run";
}

export function StatusBadge({ status }: { status: Workflow["status"] }) {
  return status === "saved" ? <Badge tone="green">Saved</Badge> : <Badge tone="amber">Draft</Badge>;
}

export function WorkflowsView() {
  const { data } = useDemo();
  const start = useStartWorkflow();
  const { run, running } = useWorkflowRunner();
  return (
    <>
      <PageHeader
        title="Workflows"
        description="A workflow copies data from a source to a destination on a schedule."
        action={
          <Button onClick={start} data-testid="new-workflow">
            <PlusIcon className="h-4 w-4" /> New workflow
          </Button>
        }
      />
      <Card>
        {data.workflows.length === 0 ? (
          <EmptyState title="No workflows yet">Create one to move your first rows into the warehouse.</EmptyState>
        ) : (
          <div className="-mx-5 -my-4 overflow-x-auto">
            <table className="min-w-full text-left text-sm" data-testid="workflow-list">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="px-5 py-2.5 font-medium">Name</th>
                  <th className="px-5 py-2.5 font-medium">Status</th>
                  <th className="hidden px-5 py-2.5 font-medium md:table-cell">Pipeline</th>
                  <th className="hidden px-5 py-2.5 font-medium sm:table-cell">Last run</th>
                  <th className="px-5 py-2.5">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.workflows.map((w) => (
                  <tr key={w.id} data-workflow-id={w.id}>
                    <td className="px-5 py-3">
                      <Link
                        href={`/demo/app/workflows/${w.id}`}
                        className="font-medium text-indigo-700 hover:underline"
                      >
                        {w.name}
                      </Link>
                      <p className="font-mono text-xs text-slate-400">{w.id}</p>
                      <p className="text-xs text-slate-500 sm:hidden">{lastRunText(w)}</p>
                    </td>
                    <td className="px-5 py-3">
                      <StatusBadge status={w.status} />
                    </td>
                    <td className="hidden px-5 py-3 text-slate-600 md:table-cell">
                      {endpointLabel(data, w.sourceId)} → {endpointLabel(data, w.destinationId)}
                    </td>
                    <td className="hidden px-5 py-3 text-slate-600 sm:table-cell">{lastRunText(w)}</td>
                    <td className="px-5 py-3 text-right whitespace-nowrap">
                      {w.status === "saved" ? (
                        <Button
                          variant="secondary"
                          size="sm"
                          disabled={running === w.id}
                          onClick={() => run(w.id)}
                          data-testid={`run-workflow-${w.id}`}
                        >
                          <PlayIcon className="h-3.5 w-3.5" /> {running === w.id ? "Running…" : "Run"}
                        </Button>
                      ) : (
                        <Link
                          href={`/demo/app/workflows/${w.id}`}
                          className="text-sm font-medium text-indigo-700 hover:underline"
                        >
                          Edit draft
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
