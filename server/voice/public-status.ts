import type { WidgetFeedbackStatus } from "../contract/widget-protocol";

export type TriageStatus = "new" | "triaged" | "linked" | "duplicate" | "dismissed";
export type RoadmapStatus = "considering" | "planned" | "in_progress" | "shipped" | "closed";
type Linked = { title: string; status: RoadmapStatus; isPublic: boolean } | null;

/** A feedback item as the PM triaged it: its status, its roadmap item, and for a duplicate the
 * original's (one level is enough: markDuplicate merges an item's own duplicates into its new original, so chains never form). */
export type TriagedFeedback = {
  status: TriageStatus;
  roadmapItem: Linked;
  duplicateOf: { status: TriageStatus; roadmapItem: Linked } | null;
};

export type PublicFeedbackStatus = { status: WidgetFeedbackStatus; roadmapTitle: string | null };

const ROADMAP_PUBLIC: Record<RoadmapStatus, WidgetFeedbackStatus> = {
  considering: "under_review",
  planned: "planned",
  in_progress: "in_progress",
  shipped: "shipped",
  closed: "closed",
};

/**
 * What the author sees of the PM's triage (WidgetFeedbackStatus): new → received; triaged →
 * under_review; linked → the roadmap item's status (considering → under_review), or under_review
 * when the item was deleted since; dismissed → closed; duplicate → the original's public status,
 * read one level deep (an original that is itself a duplicate, or an original deleted since, reads
 * under_review: someone looked at it). The roadmap item's title shows only when the item is public;
 * a private item still lends its status.
 */
export function publicFeedbackStatus(item: TriagedFeedback): PublicFeedbackStatus {
  if (item.status === "duplicate") {
    const original = item.duplicateOf;
    if (!original || original.status === "duplicate") return { status: "under_review", roadmapTitle: null };
    return ownStatus(original.status, original.roadmapItem);
  }
  return ownStatus(item.status, item.roadmapItem);
}

function ownStatus(status: Exclude<TriageStatus, "duplicate">, roadmapItem: Linked): PublicFeedbackStatus {
  switch (status) {
    case "new":
      return { status: "received", roadmapTitle: null };
    case "triaged":
      return { status: "under_review", roadmapTitle: null };
    case "dismissed":
      return { status: "closed", roadmapTitle: null };
    case "linked":
      if (!roadmapItem) return { status: "under_review", roadmapTitle: null };
      return {
        status: ROADMAP_PUBLIC[roadmapItem.status],
        roadmapTitle: roadmapItem.isPublic ? roadmapItem.title : null,
      };
  }
}
