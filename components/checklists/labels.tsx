import type { ChecklistStatus, TargetingVerdict } from "@/server/onboarding/schemas";

export { LOCALE_LABELS } from "@/components/editor/language-tabs";

export const STATUS_STYLES: Record<ChecklistStatus, string> = {
  draft: "bg-stone-100 text-stone-700 ring-stone-200",
  live: "bg-green-50 text-green-800 ring-green-200",
  archived: "bg-amber-50 text-amber-800 ring-amber-200",
};

export const VERDICT_TEXT: Record<TargetingVerdict, { label: string; style: string }> = {
  yes: { label: "Would be targeted", style: "bg-green-50 text-green-800 ring-green-200" },
  no: { label: "Would not be targeted", style: "bg-red-50 text-red-800 ring-red-200" },
  depends: { label: "Depends on the user's traits", style: "bg-amber-50 text-amber-800 ring-amber-200" },
};

export function StatusBadge({ status }: { status: ChecklistStatus }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STATUS_STYLES[status]}`}
      data-testid="checklist-status"
    >
      {status}
    </span>
  );
}
