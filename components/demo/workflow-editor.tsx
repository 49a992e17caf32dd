"use client";

import Link from "next/link";
import { useState, type FormEvent, type ReactNode } from "react";
import { cairn } from "./cairn-client";
import { connectorLabel } from "./demo-config";
import { useDemo } from "./demo-root";
import { MANAGED_WAREHOUSE, SAMPLE_SOURCE, type Schedule } from "./demo-store";
import { ArrowRightIcon, PlayIcon } from "./icons";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Field, formatDate, formatNumber, inputClass } from "./ui";
import { StatusBadge, stepCount, useWorkflowRunner } from "./workflows-view";

const SCHEDULES: { value: Schedule; label: string }[] = [
  { value: "manual", label: "Manually" },
  { value: "hourly", label: "Every hour" },
  { value: "daily", label: "Every day at 02:00 UTC" },
];

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
