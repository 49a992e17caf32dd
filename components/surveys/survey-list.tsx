"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button, ButtonLink } from "@/components/ui/button";
import { CreatableListCard } from "@/components/ui/paged-list";
import { ActionsCell, Cell, Table, TitleCell, type Column } from "@/components/ui/table";
import { HintText } from "@/components/ui/tooltip";
import { errorMessage } from "@/components/ui/errors";
import { targetingSummary } from "@/components/targeting/targeting-summary";
import type { SurveySummaryOut } from "@/server/surveys/schemas";
import { formatMetric, formatPercent, KIND_LABELS, KindBadge, StatusBadge } from "./labels";

function triggerSummary(s: SurveySummaryOut): string {
  const trigger = s.trigger.type === "page_load" ? "page load" : `event ${s.trigger.event}`;
  return s.samplingPercent < 100 ? `${trigger} · ${s.samplingPercent}% sample` : trigger;
}

const COLUMNS: Column[] = [
  { label: "Survey" },
  { label: "Asked to" },
  { label: "Displays", align: "right", hint: "Times shown, all time" },
  { label: "Responses", align: "right", hint: "Answers, all time" },
  { label: "Rate", align: "right", hint: "Responses ÷ displays, all time" },
  {
    label: "Last 30 days",
    align: "right",
    hint: "NPS (user NPS), CSAT % or CES mean of the answers of the last 30 days",
  },
  {},
];

/** The last 30 days in one figure: the kind's metric over n answers (n users for NPS). */
function Headline({ survey: s }: { survey: SurveySummaryOut }) {
  if (s.kind === "open")
    return (
      <span>
        {s.last30Days.n} answer{s.last30Days.n === 1 ? "" : "s"}
      </span>
    );
  return (
    <HintText
      hint={`${KIND_LABELS[s.kind].metric} over ${s.last30Days.n} ${s.kind === "nps" ? "user" : "answer"}${s.last30Days.n === 1 ? "" : "s"}`}
    >
      {KIND_LABELS[s.kind].metric} {formatMetric(s.kind, s.last30Days.value)}
      <span className="ml-1 text-xs text-stone-500">n={s.last30Days.n}</span>
    </HintText>
  );
}

export function SurveyList() {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const queryClient = useQueryClient();
  const writable = ws.can("surveys.write");
  const list = useInfiniteQuery(
    trpc.survey.list.infiniteQueryOptions(
      { workspaceId: ws.id, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );
  const setStatus = useMutation(
    trpc.survey.setStatus.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.survey.pathFilter()) }),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <CreatableListCard
      title="Surveys"
      newItem={writable ? { href: `/w/${ws.slug}/surveys/new`, label: "New survey", testId: "new-survey" } : null}
      query={list}
      count={rows.length}
      empty={{
        title: "No surveys yet",
        text: "Ask NPS, CSAT, CES or an open question inside your product, to the personas and accounts you choose, at the moment that matters.",
      }}
      footer={
        setStatus.error ? (
          <p className="mt-2 text-sm text-red-700" data-testid="survey-list-error">
            {errorMessage(setStatus.error)}
          </p>
        ) : null
      }
    >
      <Table minWidth="min-w-[880px]" columns={COLUMNS}>
        {rows.map((s) => (
          <tr key={s.id} data-testid="survey-row">
            <TitleCell href={`/w/${ws.slug}/surveys/${s.id}`} title={s.name}>
              <KindBadge kind={s.kind} />
              <StatusBadge status={s.status} />
              <span>{triggerSummary(s)}</span>
            </TitleCell>
            <Cell className="max-w-xs text-stone-600">
              <span className={s.targeting.missingPersonas > 0 ? "text-amber-700" : ""}>
                {targetingSummary(s.targeting)}
              </span>
            </Cell>
            <Cell align="right">{s.displays.toLocaleString("en-US")}</Cell>
            <Cell align="right">{s.responses.toLocaleString("en-US")}</Cell>
            <Cell align="right">{formatPercent(s.responseRate)}</Cell>
            <Cell align="right" className="whitespace-nowrap">
              <span data-testid="survey-row-headline">
                <Headline survey={s} />
              </span>
            </Cell>
            <ActionsCell>
              <ButtonLink variant="ghost" href={`/w/${ws.slug}/surveys/${s.id}/report`} data-testid="survey-row-report">
                Report
              </ButtonLink>
              {writable ? (
                s.status === "active" ? (
                  <Button
                    variant="secondary"
                    disabled={setStatus.isPending}
                    onClick={() => setStatus.mutate({ workspaceId: ws.id, id: s.id, status: "paused" })}
                  >
                    Pause
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    disabled={setStatus.isPending}
                    onClick={() => setStatus.mutate({ workspaceId: ws.id, id: s.id, status: "active" })}
                    data-testid="survey-row-activate"
                  >
                    Activate
                  </Button>
                )
              ) : null}
              <ButtonLink variant="quiet" href={`/w/${ws.slug}/surveys/${s.id}`}>
                {writable ? "Edit" : "View"}
              </ButtonLink>
            </ActionsCell>
          </tr>
        ))}
      </Table>
    </CreatableListCard>
  );
}
