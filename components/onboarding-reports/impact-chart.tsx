"use client";

import { HorizontalBarFigure } from "@/components/charts/horizontal-bar-chart";
import { IntervalChart } from "@/components/charts/interval-chart";
import { conversionDefinition, IMPACT_DEFINITIONS } from "@/server/onboarding/reports/definitions";
import { formatP, formatPp, formatRate } from "@/server/onboarding/reports/format";
import type { TImpactReport } from "@/server/onboarding/reports/schemas";
import { Definition } from "./metric";

const READING_TONE: Record<TImpactReport["verdict"], string> = {
  better: "border-brand-100 bg-brand-50 text-brand-700",
  worse: "border-red-200 bg-red-50 text-red-800",
  not_significant: "border-stone-200 bg-stone-50 text-stone-800",
  too_few: "border-amber-200 bg-amber-50 text-amber-900",
  no_goal: "border-amber-200 bg-amber-50 text-amber-900",
  no_users: "border-stone-200 bg-stone-50 text-stone-700",
  no_exposed: "border-stone-200 bg-stone-50 text-stone-700",
  no_holdout: "border-stone-200 bg-stone-50 text-stone-700",
};

const n = (x: number) => x.toLocaleString("en-US");

/** Goal conversion of exposed vs holdout users, and their difference with its 95% interval. */
export function ImpactChart({ report }: { report: TImpactReport }) {
  const { exposed, holdout } = report;
  const goal = report.goalEvent;
  return (
    <div className="space-y-5">
      <p
        className={`rounded-md border px-4 py-3 text-sm font-medium ${READING_TONE[report.verdict]}`}
        data-testid="impact-reading"
      >
        {report.reading}
      </p>

      {goal ? (
        <p className="text-sm text-stone-600">
          Goal: <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">{goal}</code>{" "}
          <span className="text-xs text-stone-500">
            (
            {report.goalSource === "checklist"
              ? "the checklist's goal event"
              : "the last item's completion event; set a goal event on the checklist to choose another"}
            )
          </span>
        </p>
      ) : null}

      {goal && (exposed.users > 0 || holdout.users > 0) ? (
        <div>
          <p className="mb-2 text-xs font-medium uppercase tracking-wide text-stone-500">Conversion rate</p>
          <HorizontalBarFigure
            label="Goal conversion rate of exposed and holdout users"
            header={["Group", "Conversion rate (converted/users)"]}
            testId="impact-rates"
            rows={[
              {
                key: "exposed",
                label: "Exposed",
                note: `${n(exposed.users)} users, ${n(exposed.seen)} saw it`,
                fraction: exposed.rate,
                value: `${formatRate(exposed.rate)} (${n(exposed.converted)}/${n(exposed.users)})`,
              },
              {
                key: "holdout",
                label: "Holdout",
                note: `${n(holdout.users)} users, never shown`,
                fraction: holdout.rate,
                value: `${formatRate(holdout.rate)} (${n(holdout.converted)}/${n(holdout.users)})`,
                tone: "muted",
              },
            ]}
          />
        </div>
      ) : null}

      {report.difference !== null && report.ci ? (
        <div>
          <p className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-500">
            Difference, exposed − holdout:{" "}
            <span className="normal-case tracking-normal tabular-nums text-stone-800">
              {formatPp(report.difference, { signed: true })} pp
            </span>
            <span className="normal-case tracking-normal text-stone-500">
              {" "}
              · 95% CI {formatPp(report.ci.low, { signed: true })} to {formatPp(report.ci.high, { signed: true })} pp ·{" "}
              {formatP(report.pValue)}
            </span>
          </p>
          <IntervalChart
            estimate={report.difference * 100}
            low={report.ci.low * 100}
            high={report.ci.high * 100}
            unit="percentage points"
            label={`Difference ${formatPp(report.difference, { signed: true })} percentage points, 95% confidence interval ${formatPp(report.ci.low, { signed: true })} to ${formatPp(report.ci.high, { signed: true })}`}
            tone={report.verdict === "better" ? "good" : report.verdict === "worse" ? "bad" : "neutral"}
          />
          {!report.approximationOk ? (
            <p className="text-xs text-amber-700">Few users so far: the interval is only indicative.</p>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-x-6 sm:grid-cols-2">
        <Definition>
          <strong className="font-medium text-stone-600">Converted.</strong> {conversionDefinition(goal)}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">Goal.</strong> {IMPACT_DEFINITIONS.goal}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">Difference.</strong> {IMPACT_DEFINITIONS.difference}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">95% CI.</strong> {IMPACT_DEFINITIONS.interval}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">p-value.</strong> {IMPACT_DEFINITIONS.pValue}
        </Definition>
      </div>
    </div>
  );
}
