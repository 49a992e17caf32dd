import type { BarRow } from "@/components/charts/horizontal-bar-chart";
import { formatRate } from "@/server/onboarding/reports/format";
import type { TFunnelReport } from "@/server/onboarding/reports/schemas";

const countAndRate = (count: number, rate: number | null) => `${count.toLocaleString("en-US")} · ${formatRate(rate)}`;

/** Seen → each item → completed, as bars on one 0–100%-of-seen track. Items are numbered as the
 * checklist editor numbers them (Step 1 …), whatever their stored positions. */
export function funnelRows(report: TFunnelReport): BarRow[] {
  return [
    {
      key: "seen",
      label: "Seen the checklist",
      fraction: report.seen > 0 ? 1 : null,
      value: countAndRate(report.seen, report.seen > 0 ? 1 : null),
      tone: "muted",
    },
    ...report.steps.map((step, i): BarRow => ({
      key: step.itemId,
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
}
