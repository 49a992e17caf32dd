"use client";

import Link from "next/link";
import { useDemo, useDemoUser } from "./demo-root";
import { ConnectorBadge } from "./connections-view";
import { ArrowRightIcon } from "./icons";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDate, formatNumber } from "./ui";

function Stat({ label, value, href, testId }: { label: string; value: string; href: string; testId: string }) {
  return (
    <Link
      href={href}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm hover:border-indigo-300"
      data-testid={testId}
    >
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900">{value}</p>
    </Link>
  );
}

export function HomeView() {
  const user = useDemoUser();
  const { data } = useDemo();
  const saved = data.workflows.filter((w) => w.status === "saved").length;
  const drafts = data.workflows.length - saved;
  const runs = data.workflows.flatMap((w) => w.runs.map((r) => ({ ...r, workflow: w.name, workflowId: w.id })));
  runs.sort((a, b) => b.at.localeCompare(a.at));
  const rows = runs.reduce((sum, r) => sum + r.rows, 0);

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(" ")[0]}`}
        description={`Here is what ${user.accountName} syncs with Airtouch.`}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Connections"
          value={String(data.connections.length)}
          href="/demo/app/connections"
          testId="stat-connections"
        />
        <Stat
          label="Saved workflows"
          value={`${saved}${drafts ? ` (+${drafts} draft${drafts > 1 ? "s" : ""})` : ""}`}
          href="/demo/app/workflows"
          testId="stat-workflows"
        />
        <Stat label="Runs" value={String(runs.length)} href="/demo/app/workflows" testId="stat-runs" />
        <Stat label="Rows synced" value={formatNumber(rows)} href="/demo/app/workflows" testId="stat-rows" />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="Recent runs">
          {runs.length === 0 ? (
            <p className="text-sm text-slate-500">
              No runs yet.{" "}
              <Link href="/demo/app/workflows" className="font-medium text-indigo-700 hover:underline">
                Build a workflow
              </Link>{" "}
              and run it.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {runs.slice(0, 6).map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-3 py-2">
                  <Link
                    href={`/demo/app/workflows/${r.workflowId}`}
                    className="truncate font-medium text-slate-900 hover:text-indigo-700"
                  >
                    {r.workflow}
                  </Link>
                  <span className="shrink-0 text-slate-500">
                    {formatNumber(r.rows)} rows · {formatDate(r.at)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Connections">
          {data.connections.length === 0 ? (
            <p className="text-sm text-slate-500">
              Nothing connected yet.{" "}
              <Link href="/demo/app/connections" className="font-medium text-indigo-700 hover:underline">
                Add a connection
              </Link>
              .
            </p>
          ) : (
            <ul className="space-y-2">
              {data.connections.slice(0, 5).map((c) => (
                <li key={c.id} className="flex items-center gap-3 text-sm">
                  <ConnectorBadge type={c.type} className="h-7 w-7" />
                  <span className="truncate text-slate-900">{c.name}</span>
                  <span className="ml-auto text-xs text-slate-500">{c.direction}</span>
                </li>
              ))}
            </ul>
          )}
          <Link
            href="/demo/app/connections"
            className="mt-4 inline-flex items-center gap-1 text-sm font-medium text-indigo-700 hover:underline"
          >
            All connections <ArrowRightIcon className="h-4 w-4" />
          </Link>
        </Card>
      </div>
    </>
  );
}
