"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Definition, Metric } from "@/components/onboarding-reports/metric";
import { Card, EmptyState, Loading, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { errorMessage } from "@/components/ui/errors";
import { SURVEY_DEFINITIONS, TONE_LABELS } from "@/server/surveys/reports/definitions";
import type { TSurveyReport, TSurveyReportFilters } from "@/server/surveys/reports/schemas";
import { formatMetric, formatPercent, KIND_LABELS, KindBadge, StatusBadge } from "../labels";
import { BreakdownTable } from "./breakdown-table";
import { DistributionChart } from "./distribution-chart";
import { SurveyReportFilters, type SurveyFilterValues } from "./report-filters";
import { TrendChart } from "./trend-chart";
import { Verbatims } from "./verbatims";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// URL parameter ↔ filter; the CSV route reads the same names.
const PARAMS: [keyof SurveyFilterValues, string][] = [
  ["from", "from"],
  ["to", "to"],
  ["personaId", "persona"],
  ["plan", "plan"],
  ["traitKey", "trait"],
  ["traitValue", "value"],
];

/** Filters live in the URL (?from=&to=&persona=&plan=&trait=&value=&by=) so a filtered report can be shared. */
function useUrlState(): {
  filters: SurveyFilterValues;
  by: string | undefined;
  query: string;
  set: (next: SurveyFilterValues, by?: string) => void;
} {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters: SurveyFilterValues = {};
  for (const [key, param] of PARAMS) {
    const v = params.get(param);
    if (v && (key === "from" || key === "to" ? DAY.test(v) : v.trim() !== "")) filters[key] = v;
  }
  const by = params.get("by") || undefined;
  const toQuery = (f: SurveyFilterValues, b?: string) => {
    const q = new URLSearchParams();
    for (const [key, param] of PARAMS) if (f[key]) q.set(param, f[key]!);
    if (b) q.set("by", b);
    return q.toString();
  };
  return {
    filters,
    by,
    query: toQuery(filters),
    set: (next, b = by) => {
      const query = toQuery(next, b);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
  };
}

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

function Headline({ report }: { report: TSurveyReport }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
      {report.nps ? (
        <>
          <Metric
            label="User NPS"
            value={formatMetric("nps", report.nps.user.nps)}
            definition={SURVEY_DEFINITIONS.userNps}
            testId="survey-user-nps"
          />
          <Metric
            label="Account NPS"
            value={formatMetric("nps", report.nps.account.nps)}
            definition={`${SURVEY_DEFINITIONS.accountNps} ${report.nps.account.accounts} account${report.nps.account.accounts === 1 ? "" : "s"}.`}
            testId="survey-account-nps"
          />
        </>
      ) : null}
      {report.csat ? (
        <Metric
          label="CSAT"
          value={formatMetric("csat", report.csat.value)}
          definition={`${SURVEY_DEFINITIONS.csat} ${report.csat.satisfied} of ${report.csat.n}.`}
          testId="survey-csat"
        />
      ) : null}
      {report.ces ? (
        <Metric
          label="CES"
          value={formatMetric("ces", report.ces.value)}
          definition={SURVEY_DEFINITIONS.ces}
          testId="survey-ces"
        />
      ) : null}
      <Metric
        label="Responses"
        value={report.responses.toLocaleString("en-US")}
        definition={`${SURVEY_DEFINITIONS.responses} ${report.respondents} user${report.respondents === 1 ? "" : "s"}.`}
        testId="survey-responses-count"
      />
      <Metric
        label="Displays"
        value={report.displays.toLocaleString("en-US")}
        definition={SURVEY_DEFINITIONS.displays}
        testId="survey-displays-count"
      />
      <Metric
        label="Response rate"
        value={formatPercent(report.responseRate)}
        definition={SURVEY_DEFINITIONS.responseRate}
        testId="survey-response-rate"
      />
    </div>
  );
}

const DEF = {
  nps: {
    weekly: SURVEY_DEFINITIONS.npsWeekly,
    distribution: SURVEY_DEFINITIONS.npsDistribution,
    breakdown: SURVEY_DEFINITIONS.npsBreakdown,
  },
  csat: {
    weekly: SURVEY_DEFINITIONS.csatWeekly,
    distribution: SURVEY_DEFINITIONS.csatDistribution,
    breakdown: SURVEY_DEFINITIONS.csatBreakdown,
  },
  ces: {
    weekly: SURVEY_DEFINITIONS.cesWeekly,
    distribution: SURVEY_DEFINITIONS.cesDistribution,
    breakdown: SURVEY_DEFINITIONS.cesBreakdown,
  },
  open: { weekly: SURVEY_DEFINITIONS.openWeekly, distribution: "", breakdown: "Answers in each group." },
} as const;

/** The report of one survey: headline numbers, the weekly trend, the score distribution,
 * breakdowns by persona, plan and a chosen trait, and the verbatims; with a CSV download. */
export function SurveyReport({ surveyId }: { surveyId: string }) {
  const trpc = useTRPC();
  const ws = useWorkspace();
  const { filters, by, query, set } = useUrlState();
  const rangeError =
    filters.from && filters.to && filters.from > filters.to ? "The start date must not be after the end date" : null;
  const input: TSurveyReportFilters = { surveyId, ...filters };
  const report = useQuery({
    ...trpc.surveyReport.get.queryOptions({ workspaceId: ws.id, ...input, breakdownKey: by }),
    enabled: rangeError === null,
    placeholderData: keepPreviousData,
  });
  const personas = useQuery(trpc.persona.list.queryOptions({ workspaceId: ws.id }));
  const listHref = `/w/${ws.slug}/surveys`;
  const csvHref = `/api/workspaces/${ws.slug}/surveys/${surveyId}/responses.csv${query ? `?${query}` : ""}`;

  if (codeOf(report.error) === "NOT_FOUND") {
    return (
      <EmptyState title="Survey not found">
        It may have been deleted, or it belongs to another workspace.{" "}
        <Link href={listHref} className="font-medium text-brand-700 underline">
          Back to surveys
        </Link>
      </EmptyState>
    );
  }
  const r = report.data;
  const kind = r?.survey.kind ?? "nps";

  return (
    <div className="space-y-6">
      <Link href={listHref} className="text-sm text-stone-500 hover:text-stone-800">
        ← Surveys
      </Link>
      <PageHeader
        title={r ? `${r.survey.name}: report` : "Survey report"}
        description={
          r
            ? `${KIND_LABELS[kind].name} answers from ${r.period.from} to ${r.period.to} (${r.period.timeZone}).`
            : undefined
        }
        action={
          <div className="flex flex-wrap items-center gap-2">
            {r ? <KindBadge kind={kind} /> : null}
            {r ? <StatusBadge status={r.survey.status} /> : null}
            <Link
              href={`/w/${ws.slug}/surveys/${surveyId}`}
              className="rounded-md px-3 py-2 text-sm font-medium text-stone-700 ring-1 ring-stone-300 hover:bg-stone-50"
            >
              Survey
            </Link>
            <a
              href={csvHref}
              download
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              data-testid="survey-download-csv"
            >
              Download CSV
            </a>
          </div>
        }
      />

      <SurveyReportFilters
        value={filters}
        personas={personas.data?.personas}
        plans={r?.plans ?? []}
        traitKeys={r?.traitKeys ?? []}
        period={r ? { from: r.period.from, to: r.period.to } : null}
        onChange={(next) => set(next)}
        error={rangeError}
      />

      {report.error ? (
        <p className="text-sm text-red-700" role="status">
          Could not load the report: {errorMessage(report.error)}
        </p>
      ) : null}
      {!r ? (
        report.error ? null : (
          <Loading label="Loading the report…" />
        )
      ) : (
        <>
          <Headline report={r} />
          {r.responses === 0 ? (
            <EmptyState title="No answers in this period">
              {Object.keys(filters).length > 0
                ? "Widen the dates or clear the filters."
                : r.survey.status === "active"
                  ? "The survey is active: answers show here as users give them."
                  : `The survey is ${r.survey.status}: activate it so eligible users are asked.`}
            </EmptyState>
          ) : (
            <ReportBody report={r} fetching={report.isFetching} filters={input} by={by} onBy={(b) => set(filters, b)} />
          )}
        </>
      )}
    </div>
  );
}

/** Trend, distribution, breakdowns and verbatims of a period with answers. */
function ReportBody(props: {
  report: TSurveyReport;
  fetching: boolean;
  filters: TSurveyReportFilters;
  by: string | undefined;
  onBy: (by: string | undefined) => void;
}) {
  const { report: r, fetching, filters, by, onBy } = props;
  const kind = r.survey.kind;
  const tones = TONE_LABELS[kind];
  const counted = r.tones.negative + r.tones.neutral + r.tones.positive;
  return (
    <>
      <Card
        title={kind === "open" ? "Answers over time" : `${KIND_LABELS[kind].metric} over time`}
        action={fetching ? <Loading label="Updating…" /> : null}
      >
        <TrendChart
          kind={kind}
          weekly={r.weekly}
          label={`${KIND_LABELS[kind].metric} per week from ${r.period.from} to ${r.period.to}`}
        />
        <Definition>{DEF[kind].weekly}</Definition>
      </Card>

      {kind === "open" ? null : (
        <Card title="Score distribution">
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
            <div>
              <DistributionChart
                kind={kind}
                distribution={r.distribution}
                label={`How many gave each score, ${r.period.from} to ${r.period.to}`}
              />
              <Definition>{DEF[kind].distribution}</Definition>
            </div>
            <ul className="space-y-2 text-sm" data-testid="survey-tones">
              {(["positive", "neutral", "negative"] as const).map((t) => (
                <li
                  key={t}
                  className="flex items-baseline justify-between gap-2 rounded-md border border-stone-200 px-3 py-2"
                  data-testid={`survey-tone-${t}`}
                >
                  <span className="text-stone-600">{tones[t]}</span>
                  <span className="font-semibold tabular-nums text-stone-900">
                    {r.tones[t]}{" "}
                    <span className="text-xs font-normal text-stone-500">
                      {formatPercent(counted === 0 ? null : r.tones[t] / counted)}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </Card>
      )}

      <Card title={kind === "nps" ? "Promoters, passives and detractors" : "Breakdown"}>
        <div className="space-y-6">
          <BreakdownTable kind={kind} groups={r.breakdowns.persona} title="Persona" testId="survey-breakdown-persona" />
          <BreakdownTable kind={kind} groups={r.breakdowns.plan} title="Plan" testId="survey-breakdown-plan" />
          <div className="space-y-2">
            <label className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
              <span className="font-medium">By user trait</span>
              <Select
                className="w-56"
                value={by ?? ""}
                onChange={(e) => onBy(e.target.value || undefined)}
                data-testid="breakdown-trait"
              >
                <option value="">Pick a trait…</option>
                {[...new Set([...(by ? [by] : []), ...r.traitKeys])].map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </Select>
            </label>
            {r.breakdowns.trait ? (
              <BreakdownTable
                kind={kind}
                groups={r.breakdowns.trait.groups}
                title={r.breakdowns.trait.key}
                testId="survey-breakdown-trait"
              />
            ) : null}
          </div>
          <Definition>
            {DEF[kind].breakdown} Persona: when answering. Plan: the account&apos;s &quot;plan&quot; trait.
          </Definition>
        </div>
      </Card>

      <Card title={kind === "open" ? "Answers" : "Verbatims"}>
        <Verbatims kind={kind} filters={filters} />
        <Definition>{kind === "open" ? SURVEY_DEFINITIONS.openAnswers : SURVEY_DEFINITIONS.verbatims}</Definition>
      </Card>
    </>
  );
}
