"use client";

import { HorizontalBarFigure, type BarRow } from "@/components/charts/horizontal-bar-chart";
import { FUNNEL_DEFINITIONS } from "@/server/onboarding/reports/definitions";
import { formatRate } from "@/server/onboarding/reports/format";
import type { TFunnelReport } from "@/server/onboarding/reports/schemas";
import { Definition } from "./metric";

const countAndRate = (count: number, rate: number | null) => `${count.toLocaleString("en-US")} · ${formatRate(rate)}`;

/** Seen → each item → completed, as bars on one 0–100%-of-seen track. */
export function FunnelChart({ report }: { report: TFunnelReport }) {
  const rows: BarRow[] = [
    {
      key: "seen",
      label: "Seen the checklist",
      fraction: report.seen > 0 ? 1 : null,
      value: countAndRate(report.seen, report.seen > 0 ? 1 : null),
      tone: "muted",
    },
    ...report.steps.map((step, i): BarRow => ({
      key: step.itemId,
      // Numbered as the checklist editor numbers them (Step 1 …), whatever the stored positions.
      label: `Step ${i + 1}. ${step.title}`,
      note: [step.completionEvent ?? "no completion event", step.scope === "account" ? "account-wide" : null]
        .filter(Boolean)
        .join(" · "),
      fraction: step.rate,
      value: countAndRate(step.done, step.rate),
    })),
    {
      key: "completed",
      label: "Completed every item",
      fraction: report.completed.rate,
      value: countAndRate(report.completed.count, report.completed.rate),
      tone: "strong",
    },
  ];
  return (
    <div>
      <HorizontalBarFigure
        rows={rows}
        label="Checklist funnel: users per step, as a share of users who saw the checklist"
        header={["Step", "Users · share of seen"]}
        testId="funnel-chart"
      />
      <div className="mt-4 grid gap-x-6 sm:grid-cols-3">
        <Definition>
          <strong className="font-medium text-stone-600">Seen.</strong> {FUNNEL_DEFINITIONS.seen}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">Item steps.</strong> {FUNNEL_DEFINITIONS.item}
        </Definition>
        <Definition>
          <strong className="font-medium text-stone-600">Completed.</strong> {FUNNEL_DEFINITIONS.completed}
        </Definition>
      </div>
    </div>
  );
}
