"use client";

import { useState } from "react";
import { cairn } from "./cairn-client";
import { DOCS } from "./demo-config";
import { BookIcon } from "./icons";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";

type Slug = (typeof DOCS)[number]["slug"];

const BODY: Record<Slug, string[]> = {
  "getting-started": [
    "Airtouch moves data between the tools your company runs on and your warehouse. Every sync is a workflow: a source, an optional transformation, a destination and a schedule.",
    "Start by adding a connection to the database or SaaS tool you want to read from, then create a workflow that copies it into your warehouse. Your first run usually takes a few minutes.",
  ],
  "connect-postgres": [
    "Create a read-only user for Airtouch and allow connections from our egress addresses. We recommend `sslmode=require`.",
    "For incremental syncs, enable logical replication and create a publication for the tables you want to copy.",
  ],
  "connect-snowflake": [
    "Airtouch needs a warehouse, a database and a role with USAGE and CREATE SCHEMA grants. Key-pair authentication is preferred over passwords.",
  ],
  "schedule-workflows": [
    "Workflows run manually, every hour or every day. A failed run is retried three times with backoff before anyone is alerted.",
  ],
  "invite-your-team": [
    "Admins manage billing and members; editors build workflows; viewers see runs. Invitations expire after seven days.",
  ],
  "troubleshooting-runs": [
    "Most failed runs are expired credentials or a column whose type changed at the source. Open the run's log to see the failing query.",
  ],
};

export function DocsView() {
  const [open, setOpen] = useState<Slug | null>(null);
  function openDoc(slug: Slug) {
    setOpen(slug);
    // `page` per the demo's contract; `article` as in the seeded history.
    cairn.track("docs_opened", { page: slug, article: slug });
  }
  const article = DOCS.find((d) => d.slug === open);

  return (
    <>
      <PageHeader
        title="Docs"
        description="Guides for connecting sources, building workflows and running them reliably."
      />
      <div className="space-y-6">
        <div className="flex flex-col gap-4 rounded-xl bg-indigo-600 p-6 text-white shadow-sm sm:flex-row sm:items-center sm:justify-between">
          <div className="flex items-start gap-3">
            <BookIcon className="mt-0.5 h-6 w-6 shrink-0 text-indigo-200" />
            <div>
              <p className="font-semibold">New to Airtouch?</p>
              <p className="text-sm text-indigo-100">The getting started guide takes five minutes.</p>
            </div>
          </div>
          <Button variant="secondary" onClick={() => openDoc("getting-started")} data-testid="open-docs">
            Read the docs
          </Button>
        </div>

        {article ? (
          <Card
            title={article.title}
            action={
              <Button variant="ghost" onClick={() => setOpen(null)}>
                Close
              </Button>
            }
          >
            <article
              className="space-y-3 text-sm leading-relaxed text-slate-700"
              data-testid="docs-article"
              data-slug={article.slug}
            >
              {BODY[article.slug].map((p) => (
                <p key={p}>{p}</p>
              ))}
            </article>
          </Card>
        ) : null}

        <Card title="All guides">
          <ul className="grid gap-3 sm:grid-cols-2">
            {DOCS.map((d) => (
              <li key={d.slug}>
                <button
                  type="button"
                  onClick={() => openDoc(d.slug)}
                  className="block w-full rounded-lg border border-slate-200 p-4 text-left hover:border-indigo-300 hover:bg-indigo-50/50"
                  data-testid={`open-docs-${d.slug}`}
                >
                  <span className="block text-sm font-semibold text-indigo-700">{d.title}</span>
                  <span className="mt-1 block text-sm text-slate-500">{d.summary}</span>
                </button>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
