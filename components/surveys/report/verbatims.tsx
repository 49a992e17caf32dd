"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { EmptyState, Loading } from "@/components/ui/card";
import { TONE_LABELS, TONE_WORD } from "@/server/surveys/reports/definitions";
import type { Tone, TSurveyReportFilters } from "@/server/surveys/reports/schemas";
import type { SurveyKind } from "@/server/surveys/schemas";

const PAGE = 25;
const TONE_STYLE: Record<Tone, string> = {
  negative: "bg-red-50 text-red-800 ring-red-200",
  neutral: "bg-stone-100 text-stone-700 ring-stone-200",
  positive: "bg-green-50 text-green-800 ring-green-200",
};

/** Comments of the period (the report's filters), newest first, filterable by tone; open
 * questions list every answer. */
export function Verbatims({ kind, filters }: { kind: SurveyKind; filters: TSurveyReportFilters }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const [tone, setTone] = useState<Tone | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const list = useQuery({
    ...trpc.surveyReport.verbatims.queryOptions({ workspaceId: ws.id, ...filters, tone, limit }),
    placeholderData: keepPreviousData,
  });
  const labels = TONE_LABELS[kind];

  return (
    <div className="space-y-3">
      {kind === "open" ? null : (
        <div className="flex flex-wrap gap-1" role="group" aria-label="Tone">
          {([undefined, "negative", "neutral", "positive"] as const).map((t) => (
            <Button
              key={t ?? "all"}
              variant={tone === t ? "primary" : "secondary"}
              aria-pressed={tone === t}
              onClick={() => {
                setTone(t);
                setLimit(PAGE);
              }}
              data-testid={`verbatims-tone-${t ?? "all"}`}
            >
              {t === undefined ? "All" : labels[t]}
            </Button>
          ))}
        </div>
      )}
      {list.error ? <p className="text-sm text-red-700">{list.error.message}</p> : null}
      {!list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={kind === "open" ? "No answers in this period" : "No comments here"}>
          {tone ? "Try another tone or widen the filters." : "Widen the dates or the filters."}
        </EmptyState>
      ) : (
        <>
          <p className="text-xs text-stone-500" data-testid="verbatims-total">
            {list.data.total} {kind === "open" ? "answer" : "comment"}
            {list.data.total === 1 ? "" : "s"}
          </p>
          <ul className="divide-y divide-stone-100" data-testid="verbatims">
            {list.data.items.map((v) => (
              <li key={v.id} className="py-3" data-testid="verbatim">
                <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
                  {v.score !== null ? (
                    <span className="rounded bg-stone-900 px-1.5 py-0.5 font-semibold tabular-nums text-white">
                      {v.score}
                    </span>
                  ) : null}
                  {v.tone ? (
                    <span className={`rounded-full px-2 py-0.5 font-medium ring-1 ${TONE_STYLE[v.tone]}`}>
                      {TONE_WORD[kind][v.tone]}
                    </span>
                  ) : null}
                  <span className="font-medium text-stone-700">{v.user ?? "(deleted user)"}</span>
                  {v.account ? <span>· {v.account.name ?? v.account.externalId}</span> : null}
                  {v.persona ? <span>· {v.persona}</span> : null}
                  <span>· {v.locale}</span>
                  <time dateTime={v.respondedAt.toISOString()}>
                    · {v.respondedAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </div>
                <p className="mt-1 whitespace-pre-wrap break-words text-sm text-stone-800">{v.comment}</p>
              </li>
            ))}
          </ul>
          {list.data.nextOffset !== null ? (
            <div className="text-center">
              <Button
                variant="secondary"
                disabled={list.isFetching}
                onClick={() => setLimit((l) => Math.min(200, l + PAGE))}
              >
                {list.isFetching
                  ? "Loading…"
                  : limit >= 200
                    ? "Showing the latest 200: download the CSV for all"
                    : "Show more"}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
