"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { cairn } from "./cairn-client";
import { connectorLabel } from "./demo-config";
import { useDemo } from "./demo-root";
import {
  MANAGED_WAREHOUSE,
  newId,
  SAMPLE_SOURCE,
  type DemoData,
  type Schedule,
  type Workflow,
  type WorkflowRun,
} from "./demo-store";
import { ArrowRightIcon, PlayIcon, PlusIcon } from "./icons";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Badge, Field, formatDate, formatNumber, inputClass } from "./ui";

const SCHEDULES: { value: Schedule; label: string }[] = [
  { value: "manual", label: "Manually" },
  { value: "hourly", label: "Every hour" },
  { value: "daily", label: "Every day at 02:00 UTC" },
];

function endpointLabel(data: DemoData, id: string): string {
  if (id === SAMPLE_SOURCE.id) return SAMPLE_SOURCE.label;
  if (id === MANAGED_WAREHOUSE.id) return MANAGED_WAREHOUSE.label;
  const c = data.connections.find((x) => x.id === id);
  return c ? `${c.name} (${connectorLabel(c.type)})` : "Missing connection";
}

function stepCount(w: Pick<Workflow, "transform">): number {
  // source, destination, schedule, and the optional transformation
  return 3 + (w.transform ? 1 : 0);
}

/** "Run now": a fake sync that succeeds after a moment, then workflow_run. */
function useWorkflowRunner() {
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

function StatusBadge({ status }: { status: Workflow["status"] }) {
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

function Step({ n, title, last = false, children }: { n: number; title: string; last?: boolean; children: ReactNode }) {
  return (
    <li className={`relative flex gap-4 ${last ? "" : "pb-8"}`}>
      {last ? null : <span className="absolute top-9 bottom-0 left-4 w-px bg-slate-200" aria-hidden="true" />}
      <span className="z-10 flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white">
        {n}
      </span>
      <div className="min-w-0 flex-1 space-y-3 pt-1">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {children}
      </div>
    </li>
  );
}

export function WorkflowEditor({ workflowId }: { workflowId: string }) {
  const { data, updateData } = useDemo();
  const workflow = data.workflows.find((w) => w.id === workflowId);
  const { run, running, lastRun } = useWorkflowRunner();
  const [form, setForm] = useState(() =>
    workflow
      ? {
          name: workflow.name,
          sourceId: workflow.sourceId,
          destinationId: workflow.destinationId,
          transform: workflow.transform,
          schedule: workflow.schedule,
        }
      : null,
  );
  const [savedNotice, setSavedNotice] = useState(false);

  if (!workflow || !form) {
    return (
      <EmptyState title="Workflow not found">
        <Link href="/demo/app/workflows" className="font-medium text-indigo-700 hover:underline">
          Back to workflows
        </Link>
      </EmptyState>
    );
  }

  const dirty =
    form.name !== workflow.name ||
    form.sourceId !== workflow.sourceId ||
    form.destinationId !== workflow.destinationId ||
    form.transform !== workflow.transform ||
    form.schedule !== workflow.schedule;

  function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const steps = stepCount(form);
    const name = form.name.trim() || workflow!.name;
    updateData((d) => ({
      ...d,
      workflows: d.workflows.map((w) =>
        w.id === workflowId ? { ...w, ...form, name, status: "saved", savedAt: new Date().toISOString() } : w,
      ),
    }));
    setForm({ ...form, name });
    cairn.track("workflow_saved", { workflow_id: workflowId, steps });
    setSavedNotice(true);
  }

  const sources = [
    { id: SAMPLE_SOURCE.id, label: SAMPLE_SOURCE.label },
    ...data.connections.map((c) => ({ id: c.id, label: `${c.name} (${connectorLabel(c.type)})` })),
  ];
  const destinations = [
    { id: MANAGED_WAREHOUSE.id, label: MANAGED_WAREHOUSE.label },
    ...data.connections.map((c) => ({ id: c.id, label: `${c.name} (${connectorLabel(c.type)})` })),
  ];
  const latest = lastRun ?? workflow.runs[0] ?? null;

  return (
    <>
      <nav className="mb-3 text-sm">
        <Link href="/demo/app/workflows" className="text-indigo-700 hover:underline">
          ← Workflows
        </Link>
      </nav>
      <PageHeader
        title={workflow.name}
        description={
          workflow.status === "saved"
            ? `Saved ${workflow.savedAt ? formatDate(workflow.savedAt) : ""}`
            : "Draft: not saved yet. Leave now and it stays a draft."
        }
        action={<StatusBadge status={workflow.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <form onSubmit={save} className="lg:col-span-2" aria-label="Workflow editor">
          <Card>
            <div className="mb-6">
              <Field label="Workflow name" htmlFor="workflow-name">
                <input
                  id="workflow-name"
                  className={inputClass}
                  value={form.name}
                  onChange={(e) => setForm({ ...form, name: e.target.value })}
                  data-testid="workflow-name"
                />
              </Field>
            </div>
            <ol>
              <Step n={1} title="Source">
                <label htmlFor="workflow-source" className="sr-only">
                  Source
                </label>
                <select
                  id="workflow-source"
                  className={inputClass}
                  value={form.sourceId}
                  onChange={(e) => setForm({ ...form, sourceId: e.target.value })}
                  data-testid="workflow-source"
                >
                  {sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
                <label className="flex items-center gap-2 text-sm text-slate-600">
                  <input
                    type="checkbox"
                    checked={form.transform}
                    onChange={(e) => setForm({ ...form, transform: e.target.checked })}
                    className="accent-indigo-600"
                    data-testid="workflow-transform"
                  />
                  Add a SQL transformation step (dedupe, rename columns)
                </label>
              </Step>
              <Step n={2} title="Destination">
                <label htmlFor="workflow-destination" className="sr-only">
                  Destination
                </label>
                <select
                  id="workflow-destination"
                  className={inputClass}
                  value={form.destinationId}
                  onChange={(e) => setForm({ ...form, destinationId: e.target.value })}
                  data-testid="workflow-destination"
                >
                  {destinations.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </Step>
              <Step n={3} title="Schedule" last>
                <label htmlFor="workflow-schedule" className="sr-only">
                  Schedule
                </label>
                <select
                  id="workflow-schedule"
                  className={inputClass}
                  value={form.schedule}
                  onChange={(e) => setForm({ ...form, schedule: e.target.value as Schedule })}
                  data-testid="workflow-schedule"
                >
                  {SCHEDULES.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </Step>
            </ol>
            <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
              <Button type="submit" data-testid="save-workflow">
                Save workflow
              </Button>
              {savedNotice && !dirty ? (
                <p role="status" className="text-sm text-emerald-700">
                  Saved.
                </p>
              ) : dirty && workflow.status === "saved" ? (
                <p className="text-sm text-amber-700">Unsaved changes.</p>
              ) : null}
            </div>
          </Card>
        </form>

        <div className="space-y-6">
          <Card title="Run">
            {workflow.status === "saved" ? (
              <div className="space-y-3">
                <Button
                  onClick={() => run(workflow.id)}
                  disabled={running !== null}
                  className="w-full"
                  data-testid="run-workflow"
                >
                  <PlayIcon className="h-4 w-4" /> {running ? "Running…" : "Run now"}
                </Button>
                {latest ? (
                  <div
                    className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900"
                    role="status"
                    data-testid="run-result"
                  >
                    <p className="font-semibold">Success</p>
                    <p>
                      {formatNumber(latest.rows)} rows synced in {(latest.durationMs / 1000).toFixed(1)} s
                    </p>
                    <p className="text-xs text-emerald-700">{formatDate(latest.at)}</p>
                  </div>
                ) : (
                  <p className="text-sm text-slate-500">Not run yet.</p>
                )}
              </div>
            ) : (
              <p className="text-sm text-slate-500">Save the workflow to run it.</p>
            )}
          </Card>
          <Card title="Run history">
            {workflow.runs.length === 0 ? (
              <p className="text-sm text-slate-500">No runs.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {workflow.runs.slice(0, 8).map((r) => (
                  <li key={r.id} className="flex items-center justify-between gap-2">
                    <span className="flex items-center gap-2">
                      <span className="h-2 w-2 rounded-full bg-emerald-500" aria-hidden="true" />
                      {formatNumber(r.rows)} rows
                    </span>
                    <span className="text-xs text-slate-500">{formatDate(r.at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Link
            href="/demo/app/connections"
            className="flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
          >
            Manage connections <ArrowRightIcon className="h-4 w-4" />
          </Link>
        </div>
      </div>
    </>
  );
}
