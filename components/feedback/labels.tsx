import type { FeedbackSource, FeedbackStatus, NpsCategoryFilter } from "@/server/feedback/schemas";
import type { RoadmapStatus } from "@/server/roadmap/schemas";

export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: "New",
  triaged: "Triaged",
  linked: "Linked",
  duplicate: "Duplicate",
  dismissed: "Dismissed",
};

const STATUS_STYLES: Record<FeedbackStatus, string> = {
  new: "bg-brand-50 text-brand-700 ring-brand-100",
  triaged: "bg-amber-50 text-amber-800 ring-amber-200",
  linked: "bg-green-50 text-green-800 ring-green-200",
  duplicate: "bg-stone-100 text-stone-600 ring-stone-200",
  dismissed: "bg-stone-50 text-stone-500 ring-stone-200",
};

export const SOURCE_LABELS: Record<FeedbackSource, string> = {
  widget: "Feedback button",
  survey: "Survey answer",
  roadmap_idea: "Roadmap idea",
  pm: "Added by a PM",
};

export const NPS_LABELS: Record<NpsCategoryFilter, string> = {
  promoter: "Promoters (9–10)",
  passive: "Passives (7–8)",
  detractor: "Detractors (0–6)",
};

const NPS_STYLES: Record<NpsCategoryFilter, string> = {
  promoter: "bg-green-50 text-green-800 ring-green-200",
  passive: "bg-amber-50 text-amber-800 ring-amber-200",
  detractor: "bg-red-50 text-red-800 ring-red-200",
};

export const ROADMAP_STATUS_LABELS: Record<RoadmapStatus, string> = {
  considering: "Considering",
  planned: "Planned",
  in_progress: "In progress",
  shipped: "Shipped",
  closed: "Closed",
};

export const CATEGORY_LABELS: Record<string, string> = {
  idea: "Idea",
  problem: "Problem",
  praise: "Praise",
  question: "Question",
};

const BADGE = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 whitespace-nowrap";

export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  return (
    <span className={`${BADGE} ${STATUS_STYLES[status]}`} data-testid="feedback-status">
      {STATUS_LABELS[status]}
    </span>
  );
}

export function NpsBadge({ score, category }: { score: number; category: NpsCategoryFilter }) {
  return (
    <span className={`${BADGE} ${NPS_STYLES[category]}`} title={`NPS ${score}: ${category}`}>
      NPS {score}
    </span>
  );
}

export function TagChip({ name, onRemove }: { name: string; onRemove?: () => void }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700"
      data-testid="feedback-tag"
    >
      #{name}
      {onRemove ? (
        <button
          type="button"
          onClick={onRemove}
          className="rounded text-stone-500 hover:text-stone-800 focus-visible:outline-2 focus-visible:outline-brand-500"
          aria-label={`Remove tag ${name}`}
        >
          ✕
        </button>
      ) : null}
    </span>
  );
}

/** "3 min ago", "2 h ago", "5 d ago", then the date. */
export function timeAgo(date: Date, now = new Date()): string {
  const minutes = Math.round((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days} d ago`;
  return date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}
