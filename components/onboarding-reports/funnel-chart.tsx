"use client";

import { HorizontalBarFigure } from "@/components/charts/horizontal-bar-chart";
import { FUNNEL_DEFINITIONS } from "@/server/onboarding/reports/definitions";
import type { TFunnelReport } from "@/server/onboarding/reports/schemas";
import { funnelRows } from "./funnel-rows";
import { Definition } from "./metric";

/** Seen → each item → completed, as bars on one 0–100%-of-seen track. */
export function FunnelChart({ report }: { report: TFunnelReport }) {
  const rows = funnelRows(report);
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
