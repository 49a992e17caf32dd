"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { Field, Input } from "@/components/ui/field";
import type { EndUserSummary, ErasureResult } from "@/server/privacy/schemas";
import { PrivacyEraseDialog } from "./privacy-erase-dialog";

const COUNT_LABELS: [keyof EndUserSummary["counts"], string][] = [
  ["events", "Events"],
  ["surveyResponses", "Survey responses"],
  ["feedback", "Feedback"],
  ["votes", "Roadmap votes"],
];

function Summary({ summary }: { summary: EndUserSummary }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3" data-testid="end-user-summary">
      <div>
        <dt className="text-stone-500">First seen</dt>
        <dd>{summary.firstSeenAt.toLocaleString()}</dd>
      </div>
      <div>
        <dt className="text-stone-500">Last seen</dt>
        <dd>{summary.lastSeenAt.toLocaleString()}</dd>
      </div>
      <div>
        <dt className="text-stone-500">Account</dt>
        <dd>{summary.account ?? "none"}</dd>
      </div>
      {COUNT_LABELS.map(([key, label]) => (
        <div key={key}>
          <dt className="text-stone-500">{label}</dt>
          <dd className="tabular-nums" data-testid={`count-${key}`}>
            {summary.counts[key]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Erased({ result }: { result: ErasureResult }) {
  const c = result.counts;
  const feedback =
    c.feedbackAnonymized > 0 ? `${c.feedbackAnonymized} kept anonymized` : `${c.feedbackRemoved} removed`;
  return (
    <div
      role="status"
      className="rounded-md border border-green-200 bg-green-50 p-3 text-sm"
      data-testid="erase-result"
    >
      <p className="font-medium text-green-900">Erased {result.userId}.</p>
      <p className="mt-1 text-green-900">
        {c.events} events, {c.surveyResponses} survey responses ({c.surveyDisplays} displays), feedback: {feedback},{" "}
        {c.votes} votes, {c.notifications} notifications, {c.checklistProgress} checklist progress rows and{" "}
        {c.checklistCompletions} completions ({c.accountCompletionsDetached} account completions kept without the user).
        Daily totals were reduced by the user&apos;s events.
      </p>
    </div>
  );
}

/** Look up an end user by userId, download everything stored about them, or erase it. */
export function PrivacyEndUser() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [draft, setDraft] = useState("");
  const [userId, setUserId] = useState<string | null>(null);
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<ErasureResult | null>(null);
  const lookup = useQuery({
    ...trpc.privacy.lookup.queryOptions({ workspaceId: ws.id, userId: userId ?? "" }),
    enabled: userId !== null,
    retry: false,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErased(null);
    setUserId(draft.trim() || null);
  };
  const exportHref = userId
    ? `/api/workspaces/${encodeURIComponent(ws.slug)}/privacy/export?userId=${encodeURIComponent(userId)}`
    : "";

  return (
    <Card
      title="Export or erase an end user"
      description="For a person's request to see or delete their data. Anonymous visitors are found as anon:<anonymousId>."
    >
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="privacy-lookup">
        <div className="min-w-64 flex-1">
          <Field label="userId">
            <Input value={draft} onChange={(e) => setDraft(e.target.value)} name="userId" autoComplete="off" />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={draft.trim() === ""}>
          Look up
        </Button>
      </form>
      <div className="mt-4 space-y-4" aria-live="polite">
        {erased ? <Erased result={erased} /> : null}
        {userId && !erased && lookup.isLoading ? <Loading /> : null}
        {userId && !erased && lookup.error ? (
          <p className="text-sm text-red-700" data-testid="lookup-error">
            {errorMessage(lookup.error)}
          </p>
        ) : null}
        {userId && !erased && lookup.data ? (
          <>
            <Summary summary={lookup.data} />
            <div className="flex flex-wrap gap-3">
              <a
                href={exportHref}
                download
                data-testid="download-export"
                className="inline-flex items-center justify-center rounded-md bg-white px-3 py-2 text-sm font-medium text-stone-800 ring-1 ring-stone-300 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                Download export (JSON)
              </a>
              <Button variant="danger" onClick={() => setErasing(true)} data-testid="erase-open">
                Erase…
              </Button>
            </div>
          </>
        ) : null}
      </div>
      {erasing && userId ? (
        <PrivacyEraseDialog
          userId={userId}
          onClose={() => setErasing(false)}
          onErased={(result) => {
            setErasing(false);
            setErased(result);
          }}
        />
      ) : null}
    </Card>
  );
}
