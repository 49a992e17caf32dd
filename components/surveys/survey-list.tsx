"use client";

import Link from "next/link";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { canWrite, useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, Loading } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { targetingSummary } from "@/components/settings/targeting-summary";
import type { SurveySummaryOut } from "@/server/surveys/schemas";
import { formatMetric, formatPercent, KIND_LABELS, KindBadge, StatusBadge } from "./labels";

function triggerSummary(s: SurveySummaryOut): string {
  const trigger = s.trigger.type === "page_load" ? "page load" : `event ${s.trigger.event}`;
  return s.samplingPercent < 100 ? `${trigger} · ${s.samplingPercent}% sample` : trigger;
}

export function SurveyList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = canWrite(ws.role, "product");
  const list = useInfiniteQuery(
    trpc.survey.list.infiniteQueryOptions({ workspaceId: ws.id, limit: 25 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const setStatus = useMutation(trpc.survey.setStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.survey.pathFilter()) }));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title="Surveys"
      action={writable ? <Link href={`/w/${ws.slug}/surveys/new`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="new-survey">New survey</Link> : null}
    >
      {list.isLoading ? <Loading /> : null}
      {list.error ? <p className="text-sm text-red-700">{list.error.message}</p> : null}
      {list.data && rows.length === 0 ? (
        <EmptyState title="No surveys yet">
          Ask NPS, CSAT, CES or an open question inside your product, to the personas and accounts you choose, at the moment that matters.
          {writable ? <> <Link className="text-brand-700 hover:underline" href={`/w/${ws.slug}/surveys/new`}>Create the first one</Link>.</> : null}
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <div className="-mx-4 overflow-x-auto">
          <table className="w-full min-w-[880px] text-left text-sm">
            <thead className="border-b border-stone-100 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th className="px-4 py-2 font-medium">Survey</th>
                <th className="px-4 py-2 font-medium">Asked to</th>
                <th className="px-4 py-2 text-right font-medium" title="Times shown, all time">Displays</th>
                <th className="px-4 py-2 text-right font-medium" title="Answers, all time">Responses</th>
                <th className="px-4 py-2 text-right font-medium" title="Responses ÷ displays, all time">Rate</th>
                <th className="px-4 py-2 text-right font-medium" title="NPS (user NPS), CSAT % or CES mean of the answers of the last 30 days">Last 30 days</th>
                <th className="px-4 py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {rows.map((s) => (
                <tr key={s.id} data-testid="survey-row">
                  <td className="px-4 py-3">
                    <Link href={`/w/${ws.slug}/surveys/${s.id}`} className="font-medium text-stone-900 hover:text-brand-700">{s.name}</Link>
                    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
                      <KindBadge kind={s.kind} />
                      <StatusBadge status={s.status} />
                      <span>{triggerSummary(s)}</span>
                    </div>
                  </td>
                  <td className="max-w-xs px-4 py-3 text-stone-600">
                    <span className={s.targeting.missingPersonas > 0 ? "text-amber-700" : ""}>{targetingSummary(s.targeting)}</span>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{s.displays.toLocaleString("en-US")}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{s.responses.toLocaleString("en-US")}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatPercent(s.responseRate)}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums" data-testid="survey-row-headline">
                    {s.kind === "open" ? (
                      <span>{s.last30Days.n} answer{s.last30Days.n === 1 ? "" : "s"}</span>
                    ) : (
                      <span title={`${KIND_LABELS[s.kind].metric} over ${s.last30Days.n} ${s.kind === "nps" ? "user" : "answer"}${s.last30Days.n === 1 ? "" : "s"}`}>
                        {KIND_LABELS[s.kind].metric} {formatMetric(s.kind, s.last30Days.value)}
                        <span className="ml-1 text-xs text-stone-400">n={s.last30Days.n}</span>
                      </span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right">
                    <div className="flex justify-end gap-1">
                      <Link className="rounded-md px-3 py-2 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-900" href={`/w/${ws.slug}/surveys/${s.id}/report`} data-testid="survey-row-report">Report</Link>
                      {writable ? (
                        s.status === "active" ? (
                          <Button variant="secondary" disabled={setStatus.isPending} onClick={() => setStatus.mutate({ workspaceId: ws.id, id: s.id, status: "paused" })}>Pause</Button>
                        ) : (
                          <Button variant="secondary" disabled={setStatus.isPending} onClick={() => setStatus.mutate({ workspaceId: ws.id, id: s.id, status: "active" })} data-testid="survey-row-activate">Activate</Button>
                        )
                      ) : null}
                      <Link className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50" href={`/w/${ws.slug}/surveys/${s.id}`}>{writable ? "Edit" : "View"}</Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.hasNextPage ? (
        <div className="mt-3 text-center">
          <Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>{list.isFetchingNextPage ? "Loading…" : "Load more"}</Button>
        </div>
      ) : null}
      {setStatus.error ? <p className="mt-2 text-sm text-red-700" data-testid="survey-list-error">{errorMessage(setStatus.error)}</p> : null}
    </Card>
  );
}
