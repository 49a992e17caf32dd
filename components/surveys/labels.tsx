import type { SurveyKind, SurveyStatusValue } from "@/server/surveys/schemas";

export const KIND_LABELS: Record<SurveyKind, { name: string; scale: string; metric: string }> = {
  nps: { name: "NPS", scale: "0–10 + why", metric: "NPS" },
  csat: { name: "CSAT", scale: "1–5", metric: "CSAT" },
  ces: { name: "CES", scale: "1–7", metric: "CES" },
  open: { name: "Open question", scale: "free text", metric: "Answers" },
};

export { LOCALE_LABELS } from "@/components/editor/language-tabs";

const STATUS_STYLES: Record<SurveyStatusValue, string> = {
  draft: "bg-stone-100 text-stone-700 ring-stone-200",
  active: "bg-green-50 text-green-800 ring-green-200",
  paused: "bg-amber-50 text-amber-800 ring-amber-200",
  ended: "bg-stone-100 text-stone-500 ring-stone-200",
};

export function StatusBadge({ status }: { status: SurveyStatusValue }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STATUS_STYLES[status]}`}
      data-testid="survey-status"
    >
      {status}
    </span>
  );
}

export function KindBadge({ kind }: { kind: SurveyKind }) {
  return (
    <span
      className="inline-block rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-700"
      data-testid="survey-kind"
    >
      {KIND_LABELS[kind].name}
    </span>
  );
}

/** NPS as a signed whole-ish number, CSAT as a percentage, CES as a mean: one decimal, "n/a" without data. */
export function formatMetric(kind: SurveyKind, value: number | null): string {
  if (value === null) return "n/a";
  const rounded = Math.round(value * 10) / 10;
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(kind === "ces" ? 2 : 1).replace(/\.0+$/, "");
  if (kind === "nps") return rounded > 0 ? `+${text}` : rounded < 0 ? text.replace("-", "\u2212") : "0";
  if (kind === "csat") return `${text}%`;
  return text;
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? "n/a" : `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}
